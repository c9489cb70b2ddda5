"use client";
// Marks the page as taken over by its script: <html data-hydrated> once React has hydrated it and
// run the effects before this (the layout renders it last). Nothing shows; the end-to-end tests
// wait for it instead of for the network to fall quiet.
import { useEffect } from "react";

export function Hydrated() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);
  return null;
}
