export { expectations } from './expectations.js';
