using GovBudget.Import;
using GovBudget.Import.Layout;
using GovBudget.Import.Tables;
using GovBudget.Import.Text;
using GovBudget.Narrative;
using GovBudget.Pdf;

namespace GovBudget.Cli;

/// <summary>Imports a published document (<c>.pdf</c> through GovBudget.Pdf, <c>.txt</c> through <see cref="TextLayoutReader"/>) for <c>import</c> and <c>validate</c>.</summary>
internal static class DocumentImport
{
    /// <summary>The message for a PDF whose pages have no words (a scan).</summary>
    public const string NoTextLayer = "no text layer, OCR needed";

    /// <summary><see langword="true"/> for a file the import reads: <c>.pdf</c> or <c>.txt</c>.</summary>
    public static bool IsImportable(string file)
        => file.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads and imports <paramref name="file"/>.</summary>
    /// <param name="file">A <c>.pdf</c> or <c>.txt</c> file.</param>
    /// <param name="options">Kind, year and table-set overrides.</param>
    /// <param name="strict">Anything not understood is an error.</param>
    /// <returns>The imported tables and the built disclosure with provenance and report.</returns>
    /// <exception cref="GovBudgetFormatException">The input is not readable (malformed, encrypted, no text layer, or not understood under <paramref name="strict"/>).</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static (ImportedDocument Imported, GovBudget.Import.DisclosureImport Result) Read(string file, TableImportOptions options, bool strict)
    {
        LayoutDocument layout;
        if (file.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            var read = PdfLayoutReader.Read(file);
            if (!read.HasTextLayer)
            {
                throw new GovBudgetFormatException($"{file}: {NoTextLayer}");
            }

            layout = read.Document;
        }
        else
        {
            layout = TextLayoutReader.ReadFile(file);
        }

        var imported = TableImporter.Import(layout, options);
        var result = DisclosureImporter.Build(imported, new DisclosureImportOptions { Strict = strict });
        if (result.Disclosure is null)
        {
            var reason = result.Report.BuildProblems.Length > 0
                ? $"no disclosure could be built: {result.Report.BuildProblems[0].Message}"
                : "no disclosure could be built (kind or year not recognised; try --kind and --year)";
            throw new GovBudgetFormatException($"{file}: {Program.OneLine(reason)}");
        }

        return (imported, result);
    }

    /// <summary>The text outside the tables, as narrative text for <see cref="NarrativeExtractor"/>; null when there is none.</summary>
    public static NarrativeText? Narrative(ImportedDocument imported)
        => imported.Text.IsEmpty ? null : new NarrativeText(imported.Text.Select(l => new NarrativeLine(l.Page, l.Line, l.Text)));
}
