// The modalities a treatment episode takes, apart from the schema so a client form can list them
// without bringing the validation messages into its bundle.
export const MODALITIES = ["cbt", "psychodynamic", "trauma-focused", "other"] as const;
export type Modality = (typeof MODALITIES)[number];
