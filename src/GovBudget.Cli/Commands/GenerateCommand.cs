using System.CommandLine;
using System.Text.Json;
using GovBudget.Amounts;
using GovBudget.Disclosures;
using GovBudget.Generation;
using GovBudget.Serialization;
using GovBudget.Tables;
using GovBudget.TableSets;

namespace GovBudget.Cli.Commands;

/// <summary><c>govbudget generate</c>: writes sample disclosures, optionally with injected faults.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var kind = new Option<string>("--kind") { Description = "budget, settlement or legacy (older budget layout)", DefaultValueFactory = _ => "budget" };
        kind.AcceptOnlyFromAmong("budget", "settlement", "legacy");
        var seed = new Option<int>("--seed") { Description = "Seed: the same seed gives the same disclosure", DefaultValueFactory = _ => 1 };
        var units = new Option<int>("--units") { Description = "Number of units (1–50)", DefaultValueFactory = _ => 2 };
        var year = new Option<int?>("--year") { Description = "Year (default 2026 for budgets, 2023 for settlements, 2021 for legacy)" };
        var inject = new Option<int>("--inject-errors") { Description = "Number of faults to inject (their list goes to --faults or standard error)", DefaultValueFactory = _ => 0 };
        var faults = new Option<string?>("--faults") { Description = "Write the injected faults (JSON) to this file" };
        var count = new Option<int>("--count") { Description = "Write N disclosures (seeds seed … seed+N−1) as JSON Lines", DefaultValueFactory = _ => 1 };
        var exact = new Option<bool>("--exact") { Description = "Print figures exactly (0.01 元) instead of rounding to 0.01 万元" };
        var tableSet = new Option<string?>("--table-set") { Description = "Generate in this built-in table set (hubei.budget, hubei.budget.legacy, national.settlement, shanghai.budget, shanghai.unit-budget, shanghai.settlement); it decides the kind" };
        var narrative = new Option<string?>("--narrative") { Description = "Also write the 情况说明 of the (clean) disclosure as text to this file (one disclosure only)" };
        var templates = new Option<string?>("--narrative-templates") { Description = "Sentence templates for --narrative instead of the built-in ones" };
        var output = new Option<string?>("--output", "-o") { Description = "Write to a file instead of standard output" };
        var command = new Command("generate", "Write a realistic sample disclosure (consistent in 元, rounded to 万元 like real documents)")
        {
            kind, seed, units, year, inject, faults, count, exact, tableSet, narrative, templates, output,
        };
        command.SetAction(parse => Run(
            parse.GetValue(kind)!, parse.GetValue(seed), parse.GetValue(units), parse.GetValue(year), parse.GetValue(inject),
            parse.GetValue(faults), parse.GetValue(count), parse.GetValue(exact), parse.GetValue(tableSet), parse.GetValue(narrative), parse.GetValue(templates), parse.GetValue(output)));
        return command;
    }

    private static int Run(string kind, int seed, int units, int? year, int inject, string? faultsPath, int count, bool exact, string? tableSetId, string? narrativePath, string? templatesPath, string? outputPath)
    {
        if (units is < 1 or > 50 || count < 1 || inject < 0)
        {
            Console.Error.WriteLine("govbudget: --units must be 1–50, --count at least 1, --inject-errors not negative");
            return ExitCodes.UsageOrIo;
        }

        var set = tableSetId is null ? null : TableSetRegistry.BuiltIn.Find(tableSetId);
        if (tableSetId is not null && set is null)
        {
            Console.Error.WriteLine($"govbudget: no built-in table set '{tableSetId}'; known: {string.Join(", ", TableSetRegistry.BuiltIn.All.Select(s => s.Id))}");
            return ExitCodes.UsageOrIo;
        }

        if ((narrativePath is not null && count != 1) || (templatesPath is not null && narrativePath is null))
        {
            Console.Error.WriteLine("govbudget: --narrative needs --count 1; --narrative-templates needs --narrative");
            return ExitCodes.UsageOrIo;
        }

        NarrativeTemplates? narrativeTemplates = null;
        if (templatesPath is not null)
        {
            try
            {
                narrativeTemplates = NarrativeTemplates.Load(templatesPath);
            }
            catch (Exception ex) when (ex is GovBudgetFormatException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"govbudget: {templatesPath}: {ex.Message}");
                return ExitCodes.Unreadable;
            }
        }

        Disclosure? clean = null;
        using var output = outputPath is null ? Console.OpenStandardOutput() : CliOutputException.Create(outputPath);
        var allFaults = new List<(int Seed, InjectedFault Fault)>();
        IEnumerable<Disclosure> disclosures = Enumerable.Range(seed, count).Select(s =>
        {
            var options = new SampleOptions
            {
                Seed = s,
                Units = units,
                Year = year ?? DefaultYear(set, kind),
                Precision = exact ? Precision.Yuan2 : Precision.WanYuan2,
            };
            Disclosure d = set is not null ? SampleGenerator.Generate(set, options) : kind switch
            {
                "settlement" => SampleGenerator.Settlement(options),
                "legacy" => SampleGenerator.LegacyBudget(options),
                _ => SampleGenerator.Budget(options),
            };
            clean ??= d;
            if (inject > 0)
            {
                var (faulty, injected) = FaultInjector.Inject(d, inject, s);
                allFaults.AddRange(injected.Select(f => (s, f)));
                d = faulty;
            }

            return d;
        });

        if (count == 1)
        {
            DisclosureJson.Serialize(disclosures.Single(), output, new DisclosureJsonOptions { WriteIndented = true });
        }
        else
        {
            DisclosureJsonLines.Write(output, disclosures);
        }

        output.Flush();
        if (narrativePath is not null && clean is not null)
        {
            var text = NarrativeGenerator.Generate(clean, new NarrativeOptions { Seed = seed, Templates = narrativeTemplates });
            using var narrativeStream = CliOutputException.Create(narrativePath);
            using var narrativeWriter = new StreamWriter(narrativeStream, new System.Text.UTF8Encoding(false));
            var page = 1;
            foreach (var line in text.Lines)
            {
                if (line.Page != page)
                {
                    narrativeWriter.Write('\f');
                    page = line.Page;
                }

                narrativeWriter.Write(line.Text);
                narrativeWriter.Write('\n');
            }
        }

        if (inject > 0)
        {
            using var faultStream = faultsPath is null ? Console.OpenStandardError() : CliOutputException.Create(faultsPath);
            using var writer = new Utf8JsonWriter(faultStream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            writer.WriteStartArray();
            foreach (var (s, fault) in allFaults)
            {
                writer.WriteStartObject();
                writer.WriteNumber("seed", s);
                writer.WriteString("table", fault.Address.TableId);
                writer.WriteString("row", fault.Address.Row.ToString());
                writer.WriteString("column", fault.Address.ColumnId);
                writer.WriteString("delta", fault.Delta.ToString());
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return ExitCodes.Clean;
    }

    /// <summary>The year when --year is not given: 2026 for budgets, 2023 for settlements, 2021 for legacy, never before the set's first edition.</summary>
    private static int DefaultYear(TableSet? set, string kind)
    {
        if (set is not null)
        {
            kind = set.Id == "hubei.budget.legacy" ? "legacy" : set.Kind == DisclosureKind.Settlement ? "settlement" : "budget";
        }

        var year = kind switch { "settlement" => 2023, "legacy" => 2021, _ => 2026 };
        return set is null ? year : Math.Max(year, set.Editions.From);
    }
}
