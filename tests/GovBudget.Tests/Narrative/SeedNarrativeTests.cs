using GovBudget.Collections;
using GovBudget.Disclosures;
using GovBudget.Narrative;
using GovBudget.Rules;
using GovBudget.Tests.Fixtures.Seeds;
using Xunit.Abstractions;

namespace GovBudget.Tests.Narrative;

/// <summary>
/// The four seeds' statements read from their own text (no statement typed by hand): each seed fixture's tables
/// without its hand-typed statements, the statements extracted from <c>../shared/seeds/*.txt</c>, validated by the
/// TXT.* rules. The slips of docs/seed-findings.md must be found, and nothing else above Info.
/// </summary>
public sealed class SeedNarrativeTests(ITestOutputHelper output)
{
    public static TheoryData<string> Seeds => new() { "hongshan-2021-budget.txt", "wuchang-2026-budget.txt", "huangpi-2023-unit-budget.txt", "hongshan-2023-settlement.txt" };

    internal static Disclosure TablesOnly(string seed) => seed switch
    {
        "hongshan-2021-budget.txt" => HongshanBudget2021.Disclosure with { Statements = EquatableArray<NarrativeStatement>.Empty },
        "wuchang-2026-budget.txt" => WuchangBudget2026.Disclosure with { Statements = EquatableArray<NarrativeStatement>.Empty },
        "huangpi-2023-unit-budget.txt" => HuangpiUnitBudget2023.Disclosure with { Statements = EquatableArray<NarrativeStatement>.Empty },
        _ => HongshanSettlement2023.Disclosure with { Statements = EquatableArray<NarrativeStatement>.Empty },
    };

    internal static (NarrativeExtraction Extraction, ValidationReport Report) Check(string seed)
    {
        var text = SeedTexts.Load(seed);
        var disclosure = TablesOnly(seed);
        var extraction = NarrativeExtractor.Extract(text, disclosure);
        var report = extraction.ApplyTo(disclosure).Validate();
        return (extraction, report);
    }

    [SkippableTheory]
    [MemberData(nameof(Seeds))]
    public void Extract_Seed_PrintsWhatWasRead(string seed)
    {
        var (extraction, report) = Check(seed);
        output.WriteLine($"{seed}: {extraction}");
        foreach (var s in extraction.Statements)
        {
            output.WriteLine($"  S {s.Span} {s.Kind} [{s.Subject}] v={s.Value} b={s.Base} d={s.Difference} r={s.Rate} y={s.BaseYear} src={s.Source} :: {s.Text}");
        }

        foreach (var u in extraction.NotUnderstood)
        {
            output.WriteLine($"  U {u}");
        }

        foreach (var f in report.Findings.Where(f => f.RuleId.StartsWith("TXT.", StringComparison.Ordinal)))
        {
            output.WriteLine($"  F {f.Severity} {f.RuleId} {f.Location}: {f.MessageZh}");
        }
    }
}
