import { LAPTOP } from './harness.ts';
import { languageSuite } from './languages.ts';

// Every page in Arabic, Chinese, English, French, Russian and Spanish on a laptop: no missing message, no English left in
// another language, <html lang dir> right, Arabic mirrored with time still running left to right, axe-core clean.
languageSuite('laptop', LAPTOP);
