export { type BodyRegion, EQUIPMENT, type Exercise } from './exercise.js';
export { EXERCISES, findExercises, getExercise } from './library.js';
export { substitute } from './substitute.js';
