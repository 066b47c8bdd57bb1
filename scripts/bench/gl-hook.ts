/**
 * An init script that counts WebGL texture traffic in the page (`window.__benchGL`): bytes passed as
 * pixel data to texImage2D/3D and texSubImage2D/3D (`uploadBytes`), bytes allocated by
 * texStorage2D/3D (`storageBytes`, from the internal format's texel size, 4 when unknown), and live
 * textures (created − deleted). A lower bound of texture memory that does not depend on the GL driver.
 * A string for the same reason as the probe (no tsx helpers in the page).
 */
export const GL_HOOK = `(() => {
  const T = (window.__benchGL = { uploadBytes: 0, storageBytes: 0, liveTextures: 0, contexts: 0 });
  const TEXEL = { 0x8229: 1, 0x8232: 1, 0x8231: 1, 0x822d: 2, 0x8233: 2, 0x8234: 2, 0x822a: 2, 0x822e: 4, 0x8235: 4, 0x8236: 4,
    0x822b: 2, 0x8230: 8, 0x8051: 3, 0x8058: 4, 0x881a: 8, 0x8814: 16, 0x8815: 12, 0x1908: 4, 0x1907: 3, 0x1909: 1 };
  const view = (args) => { for (const a of args) if (ArrayBuffer.isView(a)) return a.byteLength; return 0; };
  for (const P of [window.WebGL2RenderingContext, window.WebGLRenderingContext]) {
    if (!P) continue;
    const p = P.prototype;
    const wrap = (name, f) => { const o = p[name]; if (o) p[name] = function (...a) { f.call(this, a); return o.apply(this, a); }; };
    wrap("texImage2D", (a) => (T.uploadBytes += view(a)));
    wrap("texImage3D", (a) => (T.uploadBytes += view(a)));
    wrap("texSubImage2D", (a) => (T.uploadBytes += view(a)));
    wrap("texSubImage3D", (a) => (T.uploadBytes += view(a)));
    wrap("texStorage2D", (a) => (T.storageBytes += a[1] === 1 ? a[3] * a[4] * (TEXEL[a[2]] || 4) : 0));
    wrap("texStorage3D", (a) => (T.storageBytes += a[1] === 1 ? a[3] * a[4] * a[5] * (TEXEL[a[2]] || 4) : 0));
    wrap("createTexture", () => T.liveTextures++);
    wrap("deleteTexture", (a) => a[0] && T.liveTextures--);
  }
  const gc = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    const c = gc.call(this, type, ...rest);
    if (c && /webgl/.test(type) && !this.__benchCounted) { this.__benchCounted = true; T.contexts++; }
    return c;
  };
})();`;
