/** A mistake in the export's arguments: the CLI prints it with the usage line and exits 2. */
export class ExportUsageError extends Error {}
