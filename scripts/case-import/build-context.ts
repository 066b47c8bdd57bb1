/** What the parts of a case build share: where files go, the image, and the running output. */
import type { LoadedImage } from "./image-input";

export interface BuildContext {
  /** Repository-relative folder of the browser files, e.g. `public/cases/colin27`. */
  pub: string;
  /** Site path of that folder, e.g. `/cases/colin27`. */
  site: string;
  /** Repository-relative content folder, e.g. `content/cases/colin27`. */
  contentDir: string;
  img: LoadedImage;
  /** Repository-relative path → bytes, filled as parts are built. */
  files: Map<string, Uint8Array>;
  /** Lines for SOURCE.md's conversion notes. */
  notes: string[];
  /** Refusals (file + problem); the case is not written when any is present. */
  errors: string[];
  log: (msg: string) => void;
}
