using System.CommandLine;
using System.Globalization;
using GovBudget.Disclosures;
using GovBudget.Import;
using GovBudget.Import.Tables;
using GovBudget.Serialization;
using GovBudget.Tables;
using GovBudget.TableSets;

namespace GovBudget.Cli.Commands;

/// <summary><c>govbudget import &lt;file.pdf|file.txt&gt;…</c>: reads published documents into disclosures (JSON, or JSON Lines for several inputs).</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Published documents: .pdf (with a text layer) or extracted .txt", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "Output file (default: standard output); JSON for one input, JSON Lines for several" };
        var kind = new Option<string?>("--kind") { Description = "budget or settlement, overriding recognition" };
        kind.AcceptOnlyFromAmong("budget", "settlement");
        var year = new Option<int?>("--year") { Description = "The year, overriding recognition" };
        var tableSet = new Option<string?>("--table-set") { Description = "A built-in table set id (shanghai.budget …), overriding recognition" };
        var strict = new Option<bool>("--strict") { Description = "Anything not understood is an error (exit 2)" };
        var verbose = new Option<bool>("--verbose") { Description = "List every item not understood, with page and line" };
        var command = new Command("import", "Read published budget or final-account documents (.pdf, .txt) into disclosures; the import report goes to standard error")
        {
            inputs, output, kind, year, tableSet, strict, verbose,
        };
        command.SetAction(parse => Run(parse.GetValue(inputs)!, parse.GetValue(output), parse.GetValue(kind), parse.GetValue(year), parse.GetValue(tableSet), parse.GetValue(strict), parse.GetValue(verbose)));
        return command;
    }

    /// <summary>The import options of the command-line overrides; null (after a one-line message) for an unknown table set.</summary>
    internal static TableImportOptions? Options(string? kind, int? year, string? tableSetId)
    {
        TableSet? set = null;
        if (tableSetId is not null)
        {
            set = TableSetRegistry.BuiltIn.Find(tableSetId);
            if (set is null)
            {
                Console.Error.WriteLine($"govbudget: unknown table set {tableSetId}; known: {string.Join(", ", TableSetRegistry.BuiltIn.All.Select(s => s.Id))}");
                return null;
            }
        }

        DisclosureKind? k = kind switch
        {
            "budget" => DisclosureKind.Budget,
            "settlement" => DisclosureKind.Settlement,
            _ => set?.Kind,
        };
        return new TableImportOptions { Kind = k, Year = year, TableSet = set };
    }

    private static int Run(string[] inputs, string? outputPath, string? kind, int? year, string? tableSetId, bool strict, bool verbose)
    {
        if (Options(kind, year, tableSetId) is not { } options)
        {
            return ExitCodes.UsageOrIo;
        }

        var disclosures = new List<Disclosure>();
        var unreadable = false;
        foreach (var input in inputs)
        {
            if (!File.Exists(input))
            {
                Console.Error.WriteLine($"govbudget: no such file: {input}");
                unreadable = true;
                continue;
            }

            if (!DocumentImport.IsImportable(input))
            {
                Console.Error.WriteLine($"govbudget: {input}: not a .pdf or .txt document");
                unreadable = true;
                continue;
            }

            try
            {
                var (imported, result) = DocumentImport.Read(input, options, strict);
                WriteReport(input, imported, result, verbose);
                disclosures.Add(result.Disclosure!);
            }
            catch (GovBudgetFormatException ex)
            {
                Console.Error.WriteLine($"govbudget: {Program.OneLine(ex.Message)}");
                unreadable = true;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"govbudget: {input}: {Program.OneLine(ex.Message)}");
                unreadable = true;
            }
        }

        if (disclosures.Count > 0)
        {
            using var stream = CliOutputException.Open(outputPath);
            if (inputs.Length == 1)
            {
                DisclosureJson.Serialize(disclosures[0], stream);
            }
            else
            {
                DisclosureJsonLines.Write(stream, disclosures);
            }
        }

        return unreadable ? ExitCodes.Unreadable : ExitCodes.Clean;
    }

    private static void WriteReport(string input, ImportedDocument imported, GovBudget.Import.DisclosureImport result, bool verbose)
    {
        var report = result.Report;
        var d = result.Disclosure!;
        var error = Console.Error;
        var kind = d.Kind == DisclosureKind.Budget ? "budget" : "settlement";
        var set = imported.Recognition.TableSet?.Id ?? d.TableSet.Id;
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"govbudget: {input}: {d.Department.Name} {d.Year} {kind}, table set {set}: {report.Tables.Length} tables, {report.CellsRead} cells read, {report.NotUnderstoodCount} not understood"));
        foreach (var table in report.Tables)
        {
            var pages = table.Pages.IsEmpty ? "-" : table.Pages.Length == 1 ? $"p.{table.Pages[0]}" : $"pp.{table.Pages[0]}-{table.Pages[^1]}";
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {table.TableId,-8} {pages,-9} {table.CellsRead,5} cells  {(table.Mapped ? "mapped" : "NOT MAPPED")}  {table.PrintedTitle}"));
        }

        foreach (var problem in report.BuildProblems)
        {
            error.WriteLine($"  build problem: {Program.OneLine(problem.Message)}");
        }

        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {report.NotUnderstoodCount} item(s) not understood{(verbose || report.NotUnderstoodCount == 0 ? string.Empty : " (--verbose lists them)")}"));
        if (verbose)
        {
            foreach (var issue in report.Issues.Where(i => i.Kind == ImportIssueKind.NotUnderstood))
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    p.{issue.Page} l.{issue.Line} {issue.TableId ?? "-"}: {Program.OneLine(issue.Reason)}: {Program.OneLine(issue.Text)}"));
            }
        }
    }
}
