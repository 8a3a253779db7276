using Xunit.Abstractions;
using System.Globalization;
using GovBudget.Disclosures;
using GovBudget.Import;
using GovBudget.Import.Tables;
using GovBudget.Import.Text;
using GovBudget.Tables;
using GovBudget.Tests.Docs;
using GovBudget.Tests.Fixtures.Seeds;

namespace GovBudget.Tests.Import;

/// <summary>
/// Gold tests: the four seed texts import to their hand-made fixtures, compared cell by cell (table id, row key, column
/// id, printed value). A cell counts when the fixture or the import has a value there. Tables that are structured
/// documents (表11, 表12, 绩效自评表) are out of scope: they are not tables of the model.
/// </summary>
public sealed class SeedImportTests(ITestOutputHelper output)
{
    public static TheoryData<string, string, double> Seeds => new()
    {
        // file, fixture, the share of cells equal to the fixture that the importer reaches today (a floor; raise it).
        { "wuchang-2026-budget.txt", nameof(WuchangBudget2026), 1.0 },
        { "hongshan-2023-settlement.txt", nameof(HongshanSettlement2023), 1.0 },
        { "huangpi-2023-unit-budget.txt", nameof(HuangpiUnitBudget2023), 1.0 },
        { "hongshan-2021-budget.txt", nameof(HongshanBudget2021), 0.22 },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Import_Seed_MatchesFixtureCells(string file, string fixture, double floor)
    {
        var folder = SharedDocuments.Folder("seeds", output);
        if (folder is null)
        {
            return;
        }

        var expected = Fixture(fixture);
        var layout = TextLayoutReader.ReadFile(Path.Combine(folder, file));
        // 洪山 2021 is printed in the older budget layout; a reader says so, as an importing user would.
        var imported = TableImporter.Import(layout, new TableImportOptions { TableSet = expected.TableSet });
        var result = DisclosureImporter.Build(imported);

        foreach (var t in result.Report.Tables)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"table {t.TableId} p.{string.Join(',', t.Pages)} '{t.PrintedTitle}' cells {t.CellsRead} mapped {t.Mapped}"));
        }

        foreach (var issue in result.Report.Issues)
        {
            output.WriteLine("issue " + issue);
        }

        foreach (var problem in result.Report.BuildProblems)
        {
            output.WriteLine("build " + problem.Message);
        }

        var (total, equal, differences) = Compare(expected, result.Disclosure);
        foreach (var d in differences)
        {
            output.WriteLine("diff " + d);
        }

        var share = total == 0 ? 0 : (double)equal / total;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}: {equal}/{total} cells equal ({share:P1}), {result.Report.CellsRead} cells read, {result.Report.NotUnderstoodCount} not understood"));
        result.Disclosure.ShouldNotBeNull();
        share.ShouldBeGreaterThanOrEqualTo(floor);

        // Every difference is listed with its reason in SeedDifferences/<seed>.txt (none for a seed read to 100%).
        var known = KnownDifferences(file);
        var unexplained = differences.Where(d => !known.ContainsKey(d)).ToList();
        var gone = known.Keys.Where(k => !differences.Contains(k)).ToList();
        unexplained.ShouldBeEmpty("differences not listed in SeedDifferences/" + file);
        gone.ShouldBeEmpty("listed differences that are gone (delete them from SeedDifferences/" + file + ")");
        known.Values.ShouldAllBe(reason => !string.IsNullOrWhiteSpace(reason));
    }

    private static Dictionary<string, string> KnownDifferences(string seed)
    {
        var path = Path.Combine(ReadmeTests.FindRepositoryRoot(), "tests", "GovBudget.Tests", "Import", "SeedDifferences", seed);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return result;
        }

        foreach (var line in File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            result.Add(tab < 0 ? line : line[..tab], tab < 0 ? string.Empty : line[(tab + 1)..]);
        }

        return result;
    }

    private static Disclosure Fixture(string name) => name switch
    {
        nameof(WuchangBudget2026) => WuchangBudget2026.Disclosure,
        nameof(HongshanSettlement2023) => HongshanSettlement2023.Disclosure,
        nameof(HuangpiUnitBudget2023) => HuangpiUnitBudget2023.Disclosure,
        nameof(HongshanBudget2021) => HongshanBudget2021.Disclosure,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    internal static (int Total, int Equal, List<string> Differences) Compare(Disclosure expected, Disclosure? actual)
    {
        var total = 0;
        var equal = 0;
        var differences = new List<string>();
        foreach (var table in expected.Tables)
        {
            var other = actual?.FindTable(table.Id);
            var keys = table.Rows.Select(r => r.Key).Concat(other?.Rows.Select(r => r.Key) ?? []).Distinct();
            foreach (var key in keys)
            {
                foreach (var column in table.Definition.Columns)
                {
                    var e = table.TryGetRow(key, out _) ? table.GetCell(key, column.Id) : Cell.Empty;
                    var a = other is not null && other.TryGetRow(key, out _) ? other.GetCell(key, column.Id) : Cell.Empty;
                    if (e.IsEmpty && a.IsEmpty)
                    {
                        continue;
                    }

                    total++;
                    if (e == a)
                    {
                        equal++;
                    }
                    else
                    {
                        differences.Add($"{table.Id}[{key},{column.Id}] fixture {e} import {a}");
                    }
                }
            }
        }

        return (total, equal, differences);
    }
}
