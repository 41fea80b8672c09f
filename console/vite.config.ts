import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

/**
 * Writes a brotli (.br) and a gzip (.gz) copy next to each text file of the build, at the
 * strongest settings once here, so that the server sends them without compressing per request
 * (server/src/server.ts, serveConsole).
 */
function precompress(): Plugin {
  return {
    name: "flexi-precompress",
    apply: "build",
    writeBundle(options, bundle) {
      const dir = options.dir ?? "dist";
      for (const fileName of Object.keys(bundle)) {
        if (!/\.(js|css|html|svg|json|txt)$/.test(fileName)) continue;
        const file = path.join(dir, fileName);
        const content = readFileSync(file);
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }),
        );
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

/**
 * The console is built into console/dist, which the API server serves at `/` (npm start).
 * Signed out, only the sign-in page loads (main.tsx); the console (App.tsx) and each of its
 * pages load lazily, each its own chunk.
 * The SDK (workspace package @flexi/sdk) is the console's transport, bundled from its sources.
 */
export default defineConfig({
  plugins: [react(), precompress()],
  resolve: { alias: { "@flexi/sdk": fileURLToPath(new URL("../sdk/src/index.ts", import.meta.url)) } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 900,
  },
  server: {
    port: 5173,
    proxy: { "/graphql": { target: "http://localhost:4000", ws: true } },
  },
});
