/**
 * Loading the teacher pack for a story: its data checked against the story's data
 * (src/content/classroom.ts) and its short lesson against the story's rules (shortLesson.ts).
 */
import {
  BUNDLED_CLASSROOM,
  buildClassroom,
  coverageProblems,
  referenceProblems,
  type Classroom,
  type RawClassroom,
} from '../content/classroom.ts';
import type { ClassroomData } from '../content/classroomSchema.ts';
import type { Content } from '../content/load.ts';
import { shipped } from '../content/indexContent.ts';
import { shortLessonProblems } from './shortLesson.ts';

/**
 * The game's teacher pack for this story. Throws when it refers to decisions, sources or quotes
 * the story does not have, or when its short lesson cannot be played; gaps that do not break a
 * lesson (a missing translation, a plan running long) are for `classroomProblems` and the tests.
 * `raw` defaults to the files the game ships with; tests pass their own.
 */
export function loadClassroom(content: Content, raw: RawClassroom = BUNDLED_CLASSROOM): Classroom {
  return fitted(buildClassroom(raw), content);
}

/**
 * The game's teacher pack as the browser loads it: the same as `loadClassroom(content)`, without
 * zod, as the build validated and parsed the pack's files already (scripts/contentCheck.ts).
 */
export function shippedClassroom(content: Content): Classroom {
  const { classroom, locales } = BUNDLED_CLASSROOM;
  return fitted(
    { ...shipped<ClassroomData>(classroom), locales: shipped<Classroom['locales']>(locales) },
    content,
  );
}

/** `classroom`, if it fits the story (see loadClassroom). */
function fitted(classroom: Classroom, content: Content): Classroom {
  const broken = [
    ...referenceProblems(classroom, content),
    ...shortLessonProblems(classroom, content),
  ];
  if (broken.length > 0)
    throw new Error(`the teacher pack does not fit the story:\n${broken.join('\n')}`);
  return classroom;
}

/** All problems found in the teacher pack; `[]` when it is sound and complete. */
export function classroomProblems(classroom: Classroom, content: Content): string[] {
  return [
    ...referenceProblems(classroom, content),
    ...shortLessonProblems(classroom, content),
    ...coverageProblems(classroom, content),
  ];
}
