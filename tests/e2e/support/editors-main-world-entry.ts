// The main-world script as the background injects it (entrypoints/ownup-main-world.ts minus
// WXT's wrapper), bundled for the matrix.
import { installMainWorldResponder } from '../../../lib/sites/editors/main-world-responder';

installMainWorldResponder(document);
