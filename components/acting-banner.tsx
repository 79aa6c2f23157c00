import { actForSelf } from "@/lib/delegations/actions";
import { getT } from "@/lib/i18n/server";

/** Always visible while acting for someone else, with the way back. */
export async function ActingBanner({ name }: { name: string }) {
  const t = await getT();
  return (
    <div className="border-b-4 border-[#b38600] bg-warning-bg">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <p className="font-semibold" role="status">
          {t("Stai consultando il fascicolo di {name}", { name })}
        </p>
        <form action={actForSelf}>
          <button type="submit" className="rounded border border-ink bg-white px-3 py-1 font-semibold">
            {t("Torna al tuo fascicolo")}
          </button>
        </form>
      </div>
    </div>
  );
}
