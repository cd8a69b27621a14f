import Link from "next/link";

export default function NotFound() {
  return (
    <div className="max-w-prose space-y-4">
      <h1 className="text-2xl font-semibold">Page introuvable</h1>
      <p>Cette page n&apos;existe pas, ou vous n&apos;y avez pas accès.</p>
      <Link href="/" className="font-medium text-brand-700 underline">
        Retour à l&apos;accueil
      </Link>
    </div>
  );
}
