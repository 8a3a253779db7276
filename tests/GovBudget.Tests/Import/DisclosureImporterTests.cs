using CsCheck;
using GovBudget.Classification;
using GovBudget.Import;
using GovBudget.Import.Tables;
using GovBudget.Import.Text;
using GovBudget.Tables;

namespace GovBudget.Tests.Import;

public sealed class DisclosureImporterTests
{
    private const string Text = """
        某某局 2025 年部门预算
        表 3. 部门支出总表
        单位：万元
        科目编码	科目名称	合计	基本支出	项目支出
        	合计	1,002.76	524.86	477.90
        210	卫生健康支出	1,002.76	524.86	477.90
        """;

    private static ImportedDocument Import(string text) => TableImporter.Import(TextLayoutReader.Read(text, "t.txt"));

    [Fact]
    public void Build_Rows_CellsAsPrintedAtTheTableUnit()
    {
        var result = DisclosureImporter.Build(Import(Text));

        var table = result.Disclosure.ShouldNotBeNull().FindTable("表3").ShouldNotBeNull();
        table.GetValue(RowKey.Total, "合计")!.Value.ToString().ShouldBe("1002.76万元");
        table.GetValue(RowKey.Functional(FunctionalCode.Parse("210", null)), "项目支出")!.Value.ToString().ShouldBe("477.90万元");
        result.Disclosure.Year.ShouldBe(2025);
    }

    [Fact]
    public void Build_Provenance_EveryCellHasPageBoxAndText()
    {
        var result = DisclosureImporter.Build(Import(Text));

        result.Provenance.Count.ShouldBe(6);
        var total = result.Provenance[new CellAddress("表3", RowKey.Total, "合计")];
        total.Text.ShouldBe("1,002.76");
        total.Page.ShouldBe(1);
        result.Report.Tables.Single().ShouldBe(new ImportReportTable("表3", "表 3. 部门支出总表", [1], 6, true), new ImportReportTableComparer());
        result.Report.CellsRead.ShouldBe(6);
    }

    [Fact]
    public void Build_StrictAndSomethingNotUnderstood_ThrowsSayingWhere()
    {
        var document = Import(Text + "\n说不清的一行\t1.00\t1.00");

        DisclosureImporter.Build(document).Report.NotUnderstoodCount.ShouldBe(1);
        var ex = Should.Throw<GovBudgetFormatException>(() => DisclosureImporter.Build(document, new DisclosureImportOptions { Strict = true }));
        ex.LineNumber.ShouldBe(7);
        ex.Message.ShouldContain("说不清的一行");
    }

    [Fact]
    public void Build_StrictAndEverythingUnderstood_Builds()
    {
        var result = DisclosureImporter.Build(Import(Text), new DisclosureImportOptions { Strict = true });

        result.Disclosure.ShouldNotBeNull();
    }

    [Fact]
    public void Build_AnyJumbleOfTableText_NeverThrows()
    {
        string[] tokens =
        [
            "表 3. 部门支出总表", "公开 01 表", "收入支出决算总表", "单位：万元", "单位：元", "合计", "总计", "栏次", "1", "27", "2025年",
            "208", "20805", "2080505", "201 13 01", "301", "506001", "1,002.76", "0.00", "34.8 1", "-", "9.0", "一、本年收入",
            "(一) 一般公共预算拨款", "社会保障和就业支出", "注：本表无数据", "\t", "\t\t", " ", "  ", "。",
        ];
        Gen.Select(Gen.Int[0, tokens.Length - 1].Select(i => tokens[i]).Array[0, 12].Array[1, 30], Gen.Bool, Gen.Int[2000, 2099])
            .Sample((lines, settlement, year) =>
            {
                var text = string.Join('\n', lines.Select(l => string.Join(' ', l)));
                var options = new TableImportOptions { Year = year, Kind = settlement ? DisclosureKind.Settlement : DisclosureKind.Budget };
                var document = TableImporter.Import(TextLayoutReader.Read(text, "jumble.txt"), options);
                var result = DisclosureImporter.Build(document);
                result.Report.Tables.Length.ShouldBe(document.Tables.Length);
            });
    }

    private sealed class ImportReportTableComparer : IEqualityComparer<ImportReportTable>
    {
        public bool Equals(ImportReportTable? x, ImportReportTable? y)
            => x is not null && y is not null && x.TableId == y.TableId && x.PrintedTitle == y.PrintedTitle && x.Pages.SequenceEqual(y.Pages) && x.CellsRead == y.CellsRead && x.Mapped == y.Mapped;

        public int GetHashCode(ImportReportTable obj) => obj.TableId.GetHashCode(StringComparison.Ordinal);
    }
}
