// OwnUp's main-world script: reads an editor's model text where the library keeps it only on
// page-world objects (CKEditor 5 `ckeditorInstance`, ProseMirror/TipTap, Lexical, Froala,
// TinyMCE). It only reads, and only the focused editor; see lib/sites/editors/README.md.
// Injected on demand by the background (lib/sites/editors/main-world-injection.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installMainWorldResponder } from '../lib/sites/editors/main-world-responder';

export default defineUnlistedScript(() => {
  installMainWorldResponder(document);
});
