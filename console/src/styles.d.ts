/** Style sheets imported for their effect (Vite bundles them as files of their own). */
declare module "*.css";
