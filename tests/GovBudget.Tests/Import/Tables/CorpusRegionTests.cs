using GovBudget.Import.Tables;
using GovBudget.Import.Text;
using GovBudget.Import;
using GovBudget.Tables;
using GovBudget.TableSets;
using GovBudget.Tests.TableSets;
using Shouldly;
using Xunit.Abstractions;

namespace GovBudget.Tests.Import.Tables;

/// <summary>
/// Every corpus document (Shanghai, <c>pdftotext -layout</c> text) is read with the table set recognised from its
/// printed titles: the right Shanghai set, each of its tables found exactly once; the two documents transcribed by hand
/// (the Shanghai fixtures) import equal to their fixtures cell for cell, except for the differences listed here.
/// </summary>
public sealed class CorpusRegionTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Files() => new()
    {
        { "shanghai-finance-bureau-2025-unit-budget", "shanghai.unit-budget" },
        { "shanghai-putuo-commerce-2025-budget", "shanghai.budget" },
        { "shanghai-putuo-commerce-2025-unit-budget", "shanghai.unit-budget" },
        { "shanghai-putuo-finance-bureau-2025-budget", "shanghai.budget" },
        { "shanghai-putuo-government-office-2025-budget", "shanghai.budget" },
        { "shanghai-putuo-government-office-2025-unit-budget", "shanghai.unit-budget" },
        { "shanghai-putuo-social-work-2024-settlement", "shanghai.settlement" },
        { "shanghai-putuo-wanli-street-2023-budget", "shanghai.budget" },
        { "shanghai-putuo-wanli-street-2024-budget", "shanghai.budget" },
        { "shanghai-settlement-2024-template", "shanghai.settlement" },
    };

    // Items not understood in each corpus text as measured (docs/import.md); a fix that lowers a count lowers its bound.
    private static readonly Dictionary<string, int> TextNotUnderstoodBound = new(StringComparer.Ordinal)
    {
        ["shanghai-finance-bureau-2025-unit-budget"] = 17,
        ["shanghai-putuo-commerce-2025-budget"] = 1,
        ["shanghai-putuo-commerce-2025-unit-budget"] = 1,
        ["shanghai-putuo-finance-bureau-2025-budget"] = 1,
        ["shanghai-putuo-government-office-2025-budget"] = 8,
        ["shanghai-putuo-government-office-2025-unit-budget"] = 0,
        ["shanghai-putuo-social-work-2024-settlement"] = 11,
        ["shanghai-putuo-wanli-street-2023-budget"] = 2,
        ["shanghai-putuo-wanli-street-2024-budget"] = 3,
        ["shanghai-settlement-2024-template"] = 7,
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Import_CorpusText_RecognisesItsSetAndFindsEveryTable(string name, string set)
    {
        var folder = SharedDocuments.Folder("corpus", output);
        if (folder is null)
        {
            return;
        }

        var document = TableImporter.Import(TextLayoutReader.ReadFile(Path.Combine(folder, name + ".txt")));
        var result = DisclosureImporter.Build(document);
        foreach (var table in document.Tables)
        {
            output.WriteLine($"{table.TableId} p.{string.Join(',', table.Pages)} '{table.PrintedTitle}' {table.Precision} rows {table.Rows.Length} cells {table.CellCount} empty {table.IsDeclaredEmpty}");
        }

        foreach (var issue in document.NotUnderstood.Take(40))
        {
            output.WriteLine($"not understood: {issue}");
        }

        output.WriteLine($"{name}: set {document.Recognition.TableSet?.Id}, {document.Tables.Select(t => t.TableId).Distinct().Count()} of {document.Recognition.TableSet?.Tables.Length} tables, {document.Tables.Sum(t => t.CellCount)} cells read, {document.NotUnderstood.Count()} not understood, {result.Disclosure?.Tables.Count ?? 0} tables built");
        document.Recognition.TableSet!.Id.ShouldBe(set);
        document.Tables.Select(t => t.TableId).Order(StringComparer.Ordinal).ShouldBe(document.Recognition.TableSet.Tables.Select(t => t.Id).Order(StringComparer.Ordinal), "each table of the set is found exactly once (目录 entries are text)");
        document.NotUnderstood.Count().ShouldBeLessThanOrEqualTo(TextNotUnderstoodBound[name]);
    }

    [Theory]
    [InlineData("shanghai-putuo-commerce-2025-budget", "putuo-commerce-2025-budget")]
    [InlineData("shanghai-putuo-commerce-2025-unit-budget", "putuo-commerce-2025-unit-budget")]
    [InlineData("shanghai-putuo-social-work-2024-settlement", "putuo-social-work-2024-settlement")]
    public void Import_FixtureDocumentText_EqualsTheHandMadeFixture(string name, string fixture)
    {
        var folder = SharedDocuments.Folder("corpus", output);
        if (folder is null)
        {
            return;
        }

        var expected = ShanghaiFixtureTests.Load(fixture);
        var result = DisclosureImporter.Build(TableImporter.Import(TextLayoutReader.ReadFile(Path.Combine(folder, name + ".txt"))));
        var (total, equal, differences) = SeedImportTests.Compare(expected, result.Disclosure);
        foreach (var difference in differences)
        {
            output.WriteLine(difference);
        }

        output.WriteLine($"{name}: {equal} of {total} cells equal to the fixture ({(total == 0 ? 0 : 100m * equal / total):0.0}%)");
        result.Disclosure.ShouldNotBeNull();
        result.Disclosure.TableSet.Id.ShouldBe(expected.TableSet.Id);
        equal.ShouldBeGreaterThan(0);
    }

    // The budgets import from their PDFs equal to the fixtures cell for cell. The settlement (WPS 文字) does not yet: its
    // 25 differences are rows whose names wrap over two or three lines of a narrow cell with the code printed on the
    // middle line (公开05 201 一般公共服务支出, 2080505 机关事业单位基本养老保险缴费支出; 公开02/03/06 likewise), read as
    // blank or shifted; that is the import work left (issue 11).
    [Theory]
    [InlineData("shanghai-putuo-commerce-2025-budget", "putuo-commerce-2025-budget", 287)]
    [InlineData("shanghai-putuo-commerce-2025-unit-budget", "putuo-commerce-2025-unit-budget", 300)]
    [InlineData("shanghai-putuo-social-work-2024-settlement", "putuo-social-work-2024-settlement", 180)]
    public void Import_FixtureDocumentPdf_ComparedWithTheHandMadeFixture(string name, string fixture, int atLeastEqual)
    {
        var folder = SharedDocuments.Folder("corpus", output);
        if (folder is null)
        {
            return;
        }

        var expected = ShanghaiFixtureTests.Load(fixture);
        var layout = GovBudget.Pdf.PdfLayoutReader.Read(Path.Combine(folder, name + ".pdf")).Document;
        var result = DisclosureImporter.Build(TableImporter.Import(layout));
        var (total, equal, differences) = SeedImportTests.Compare(expected, result.Disclosure);
        foreach (var difference in differences)
        {
            output.WriteLine(difference);
        }

        output.WriteLine($"{name}.pdf: {equal} of {total} cells equal to the fixture ({(total == 0 ? 0 : 100m * equal / total):0.0}%)");
        result.Disclosure.ShouldNotBeNull();
        result.Disclosure.TableSet.Id.ShouldBe(expected.TableSet.Id);
        result.Disclosure.Department.Name.ShouldBe(expected.Department.Name); // from 预算主管部门：… / the 决算表 heading
        equal.ShouldBeGreaterThanOrEqualTo(atLeastEqual);
        if (atLeastEqual == total)
        {
            differences.ShouldBeEmpty();
        }
    }

    // Each corpus PDF imported as `govbudget import` does: every table of its set built, and no more items not understood
    // than measured (docs/import.md, "Measured on the seeds and the corpus"); lower the bound when a fix lowers the count.
    [Theory]
    [InlineData("shanghai-finance-bureau-2025-unit-budget", 0)]
    [InlineData("shanghai-putuo-commerce-2025-budget", 0)]
    [InlineData("shanghai-putuo-commerce-2025-unit-budget", 0)]
    [InlineData("shanghai-putuo-finance-bureau-2025-budget", 0)]
    [InlineData("shanghai-putuo-government-office-2025-budget", 0)]
    [InlineData("shanghai-putuo-government-office-2025-unit-budget", 0)]
    [InlineData("shanghai-putuo-social-work-2024-settlement", 0)]
    [InlineData("shanghai-putuo-wanli-street-2023-budget", 0)]
    [InlineData("shanghai-putuo-wanli-street-2024-budget", 0)]
    [InlineData("shanghai-settlement-2024-template", 0)]
    public void Import_CorpusPdf_BuildsEveryTableWithinItsNotUnderstoodBound(string name, int atMostNotUnderstood)
    {
        var folder = SharedDocuments.Folder("corpus", output);
        if (folder is null)
        {
            return;
        }

        var document = TableImporter.Import(GovBudget.Pdf.PdfLayoutReader.Read(Path.Combine(folder, name + ".pdf")).Document);
        var result = DisclosureImporter.Build(document);
        var notUnderstood = document.NotUnderstood.ToList();
        foreach (var issue in notUnderstood)
        {
            output.WriteLine($"not understood: {issue}");
        }

        output.WriteLine($"{name}.pdf: {document.Tables.Length} tables, {document.Tables.Sum(t => t.CellCount)} cells read, {notUnderstood.Count} not understood, {result.Disclosure?.Tables.Count ?? 0} tables built");
        result.Disclosure.ShouldNotBeNull();
        result.Disclosure.Tables.Count.ShouldBe(result.Disclosure.TableSet.Tables.Length);
        notUnderstood.Count.ShouldBeLessThanOrEqualTo(atMostNotUnderstood);
    }
}
