using GovBudget.Classification;
using GovBudget.Collections;
using GovBudget.Rules;
using GovBudget.Tables;
using GovBudget.Tests.Fixtures.Seeds;

namespace GovBudget.Tests.Rules.Families;

public class CatalogRuleTests
{
    private static readonly RowKey Administration = RowKey.Functional(FunctionalCode.FromValue(2101501)); // 行政运行, printed in 表3 and 表5-1

    [Fact]
    public void Validate_CodeMissingFromPartialCatalog_OneInfoPerRuleAndDocument()
    {
        var report = WuchangBudget2026.Disclosure.Validate(new ValidationOptions { Catalogs = FunctionalWithout(2101501, complete: false) });
        var tables = TablesPrinting(Administration);
        tables.Count.ShouldBeGreaterThan(1);

        var code = report.Findings.Where(f => f.RuleId == "CAT.CODE").ShouldHaveSingleItem();
        code.Severity.ShouldBe(Severity.Info);
        code.Location.Row.ShouldBe(Administration);
        code.Location.TableId.ShouldBe(tables[0]);
        code.MessageZh.ShouldContain("未收录于所用目录");
        code.MessageZh.ShouldContain("无法核对名称");
        code.MessageZh.ShouldContain(string.Join("、", tables));
        code.MessageEn.ShouldContain("not in the catalog used");
        var name = report.Findings.Where(f => f.RuleId == "CAT.NAME").ShouldHaveSingleItem();
        name.Severity.ShouldBe(Severity.Info);
        name.MessageZh.ShouldContain("2101501“行政运行”");
        name.MessageZh.ShouldContain("未收录于所用目录");
        report.Problems.ShouldNotContain(f => f.RuleId.StartsWith("CAT.", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_CodeMissingFromCompleteCatalog_FindingOnEveryRow()
    {
        var report = WuchangBudget2026.Disclosure.Validate(new ValidationOptions { Catalogs = FunctionalWithout(2101501, complete: true) });
        var findings = report.Findings.Where(f => f.RuleId == "CAT.CODE").ToList();
        findings.Select(f => f.Location.TableId).ShouldBe(TablesPrinting(Administration));
        findings.ShouldAllBe(f => f.Severity == Severity.Inconsistency && f.Location.Row == Administration);
        findings[0].MessageZh.ShouldContain("不在 2026 年科目目录中");
        report.Findings.ShouldNotContain(f => f.RuleId == "CAT.NAME"); // no name to compare, and CAT.CODE already says so
    }

    [Fact]
    public void Validate_EveryCodeInTheCatalog_NoCatalogFindings()
        => WuchangBudget2026.Disclosure.Validate().Findings.ShouldNotContain(f => f.RuleId.StartsWith("CAT.", StringComparison.Ordinal));

    [Fact]
    public void Validate_CompleteOnlyForOtherEditions_TreatsTheEditionAsPartial()
    {
        var document = BuiltInFunctional() with { Rows = BuiltInFunctional().Rows.Where(r => r.Code != 2101501).ToEquatableArray(), CompleteEditions = [new EditionRange(2019, 2025)] };
        var report = WuchangBudget2026.Disclosure.Validate(new ValidationOptions { Catalogs = CatalogSet.BuiltIn.With(document, CatalogMergeMode.Replace) });
        report.Findings.Where(f => f.RuleId == "CAT.CODE").ShouldHaveSingleItem().Severity.ShouldBe(Severity.Info);
    }

    private static List<string> TablesPrinting(RowKey row)
        => [.. WuchangBudget2026.Disclosure.Tables.Where(t => t.Contains(row)).Select(t => t.Id)];

    private static CatalogSet FunctionalWithout(int code, bool complete)
    {
        var document = BuiltInFunctional();
        document = document with { IsComplete = complete, Rows = document.Rows.Where(r => r.Code != code).ToEquatableArray() };
        return CatalogSet.BuiltIn.With(document, CatalogMergeMode.Replace);
    }

    private static CatalogDocument BuiltInFunctional()
        => CatalogSet.BuiltIn.Documents.Single(d => d.Kind == CatalogKind.Functional);
}
