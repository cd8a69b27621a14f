// zod speaks French everywhere in the product: every schema imports `z` from here.
import { z } from "zod";

z.config(z.locales.fr());

export { z };
