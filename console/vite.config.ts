import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * The console is built into console/dist, which the API server serves at `/` (npm start).
 * Routes load lazily, so each area is its own chunk (Vite makes one 1 MB chunk otherwise).
 * The SDK (workspace package @flexi/sdk) is the console's transport, bundled from its sources.
 */
export default defineConfig({
  plugins: [react()],
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
