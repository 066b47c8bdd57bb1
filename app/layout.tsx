import type { Metadata, Viewport } from "next";
import "./globals.css";
import { SiteHeader } from "@/components/site/site-header";
import { SiteFooter } from "@/components/site/site-footer";
import { OfflineSupport } from "@/components/site/offline-support";

export const metadata: Metadata = {
  title: { default: "Teaching Atlas", template: "%s · Teaching Atlas" },
  description:
    "An open atlas of annotated medical images: read openly licensed cases, toggle annotation overlays, and get graded against a reference that always names who made it.",
};

export const viewport: Viewport = { themeColor: "#0b0f14", width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className="dark">
      <body className="min-h-screen bg-slate-950 text-slate-100 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:p-2 focus:bg-slate-800"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-6xl px-4 py-8">
          {children}
        </main>
        <SiteFooter />
        <OfflineSupport />
      </body>
    </html>
  );
}
