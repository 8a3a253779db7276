using System.CommandLine;
using System.Globalization;
using System.Text;
using GovBudget.Amounts;
using GovBudget.Disclosures;
using GovBudget.Serialization;
using GovBudget.TableSets;
using GovBudget.Tables;

namespace GovBudget.Cli.Commands;

/// <summary><c>govbudget convert</c>: between JSON, JSON Lines and CSV (one file per table).</summary>
internal static class ConvertCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "A .json disclosure, a .jsonl batch, or a .csv table" };
        var to = new Option<string>("--to") { Description = "json, jsonl or csv", Required = true };
        to.AcceptOnlyFromAmong("json", "jsonl", "csv");
        var output = new Option<string?>("--output", "-o") { Description = "Output file (json, jsonl) or folder (csv, or json from a batch)" };
        var table = new Option<string?>("--table") { Description = "Table id: the one table to write as CSV, or the kind of a CSV input (表5-1, 公开01 …)" };
        var precision = new Option<string>("--precision") { Description = "Precision of a CSV input", DefaultValueFactory = _ => "0.01万元" };
        var bom = new Option<bool>("--bom") { Description = "Write CSV with a UTF-8 byte order mark (for Excel)" };
        var tableSet = new Option<string?>("--table-set") { Description = "The table set of a CSV input's --table (default: hubei.budget, hubei.budget.legacy, national.settlement, in that order)" };
        var command = new Command("convert", "Convert between JSON, JSON Lines and CSV (per table)") { input, to, output, table, precision, bom, tableSet };
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(to)!, parse.GetValue(output), parse.GetValue(table), parse.GetValue(precision)!, parse.GetValue(bom), parse.GetValue(tableSet)));
        return command;
    }

    private static int Run(string input, string to, string? output, string? tableId, string precisionText, bool bom, string? tableSetId)
    {
        try
        {
            if (input.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                return FromCsv(input, to, output, tableId, precisionText, tableSetId);
            }

            var disclosures = InputFiles.Read(input).ToList();
            switch (to)
            {
                case "jsonl":
                    using (var stream = Open(output))
                    {
                        DisclosureJsonLines.Write(stream, disclosures);
                    }

                    return ExitCodes.Clean;
                case "json" when disclosures.Count == 1:
                    using (var stream = Open(output))
                    {
                        DisclosureJson.Serialize(disclosures[0], stream);
                    }

                    return ExitCodes.Clean;
                case "json":
                    var folder = output ?? throw new ArgumentException("--output <folder> is needed to write several disclosures as JSON");
                    Directory.CreateDirectory(folder);
                    for (var i = 0; i < disclosures.Count; i++)
                    {
                        using var stream = CliOutputException.Create(Path.Combine(folder, (i + 1).ToString("0000", CultureInfo.InvariantCulture) + ".json"));
                        DisclosureJson.Serialize(disclosures[i], stream);
                    }

                    return ExitCodes.Clean;
                default:
                    return ToCsv(disclosures, output, tableId, bom);
            }
        }
        catch (Exception ex) when (ex is GovBudgetFormatException or IOException or ArgumentException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"govbudget: {ex.Message}");
            return ExitCodes.Unreadable;
        }
    }

    private static int ToCsv(List<Disclosure> disclosures, string? output, string? tableId, bool bom)
    {
        if (disclosures.Count != 1)
        {
            throw new ArgumentException("CSV output takes one disclosure");
        }

        var tables = disclosures[0].Tables.Where(t => tableId is null || t.Id == tableId).ToList();
        if (tables.Count == 0)
        {
            throw new ArgumentException($"the disclosure has no table {tableId}");
        }

        var options = new TableCsvOptions { IncludeBom = bom };
        if (tableId is not null && (output is null || output.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)))
        {
            using var stream = Open(output);
            TableCsv.Write(tables[0], stream, options);
            return ExitCodes.Clean;
        }

        var folder = output ?? throw new ArgumentException("--output <folder> is needed to write every table as CSV");
        Directory.CreateDirectory(folder);
        foreach (var table in tables)
        {
            using var stream = CliOutputException.Create(Path.Combine(folder, table.Id + ".csv"));
            TableCsv.Write(table, stream, options);
        }

        return ExitCodes.Clean;
    }

    private static int FromCsv(string input, string to, string? output, string? tableId, string precisionText, string? tableSetId)
    {
        if (to != "json" || tableId is null)
        {
            throw new ArgumentException("a CSV table converts to json, and needs --table <kind id> (e.g. 表5-1)");
        }

        string[] sets = tableSetId is null ? ["hubei.budget", "hubei.budget.legacy", "national.settlement"] : [tableSetId];
        if (sets.FirstOrDefault(id => TableSetRegistry.BuiltIn.Find(id) is null) is { } unknown)
        {
            throw new ArgumentException($"unknown table set {unknown}; known: {string.Join(", ", TableSetRegistry.BuiltIn.All.Select(s => s.Id))}");
        }

        var definition = sets.Select(id => TableSetRegistry.BuiltIn.Get(id).FindTable(tableId)?.Definition).FirstOrDefault(d => d is not null)
            ?? throw new ArgumentException($"unknown table kind {tableId} in {string.Join(", ", sets)}");
        var precision = Precision.TryParse(precisionText, CultureInfo.InvariantCulture, out var p) ? p : throw new ArgumentException($"'{precisionText}' is not a precision such as 0.01万元");
        using var reader = new StreamReader(input);
        var table = TableCsv.Read(reader, definition, precision, new TableCsvOptions { SourceName = input });
        var json = DisclosureJson.SerializeTable(table);
        if (output is null)
        {
            Console.Out.Write(json);
        }
        else
        {
            using var stream = CliOutputException.Create(output);
            using var writer = new StreamWriter(stream, new UTF8Encoding(false));
            writer.Write(json);
        }

        return ExitCodes.Clean;
    }

    private static Stream Open(string? output) => CliOutputException.Open(output);
}
