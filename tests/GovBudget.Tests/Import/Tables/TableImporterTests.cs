using GovBudget.Amounts;
using GovBudget.Classification;
using GovBudget.Import.Layout;
using GovBudget.Import.Tables;
using GovBudget.Import.Text;
using GovBudget.Tables;
using GovBudget.TableSets;

namespace GovBudget.Tests.Import.Tables;

public sealed class TableImporterTests
{
    private static ImportedDocument Import(string text)
        => TableImporter.Import(TextLayoutReader.Read(text, "test.txt"), new TableImportOptions { Kind = DisclosureKind.Budget, Year = 2025 });

    private const string Table3 = """
        某某局 2025 年部门预算

        表 3. 部门支出总表
        单位：万元
        科目编码	科目名称	合计	基本支出	项目支出
        	合计	1,002.76	524.86	477.90
        210	卫生健康支出	1,002.76	524.86	477.90
        21011	行政事业单位医疗	40.13	40.13
        2101101	行政单位医疗	40.13	40.13
        """;

    [Fact]
    public void Import_TitleWithNumber_FindsTableAndColumns()
    {
        var table = Import(Table3).Tables.Single();

        table.TableId.ShouldBe("表3");
        table.Columns.Select(c => c.ColumnId).ShouldBe(["合计", "基本支出", "项目支出"]);
        table.Precision.ShouldBe(Precision.WanYuan2);
        table.Rows.Select(r => r.Key.ToString()).ShouldBe([RowKey.Total.ToString(), "F210", "F21011", "F2101101"]);
    }

    [Fact]
    public void Import_ThousandsSeparator_CellKeepsPrintedText()
    {
        var cell = Import(Table3).Tables.Single().Rows[0].Cells[0];

        cell.ColumnId.ShouldBe("合计");
        cell.Text.ShouldBe("1,002.76");
        cell.Page.ShouldBe(1);
    }

    [Fact]
    public void Import_BlankCell_ValueGoesToItsColumn()
    {
        var row = Import(Table3).Tables.Single().Rows.Single(r => r.Key == RowKey.Functional(FunctionalCode.Parse("21011", null)));

        row.Cells.Select(c => c.ColumnId).ShouldBe(["合计", "基本支出"]);
    }

    [Fact]
    public void Import_Cover_RecognisesKindYearAndDepartment()
    {
        var recognition = TableImporter.Import(TextLayoutReader.Read(Table3, "t.txt")).Recognition;

        (recognition with { TableSet = null }).ShouldBe(new DocumentRecognition(DisclosureKind.Budget, 2025, "某某局"));
        recognition.TableSet!.Id.ShouldBe("hubei.budget"); // the set whose titles the document prints (部门支出总表)
    }

    [Fact]
    public void Import_TocEntries_AreTextNotTables()
    {
        var document = Import("目 录\n三、 部门支出总表\t7\n六、 一般公共预算基本支出表 ..... 12\n\n" + Table3);

        document.Tables.Length.ShouldBe(1);
        document.Text.ShouldContain(t => t.Text.Contains("部门支出总表", StringComparison.Ordinal) && t.Line == 2);
    }

    [Fact]
    public void Import_SplitCodesAndWrappedName_JoinedIntoOneRow()
    {
        var text = """
            2025年部门一般公共预算基本支出部门预算经济分类预算表
            编制部门：某某局                      单位：元
              类    款    名称                             合计            人员经费            公用经费
             301          工资福利支出               16,683,057.00   16,671,057.00       12,000.00
             301   01     基本工资                  1,952,616.00    1,952,616.00
             302   99     其他商品和服务
                          支出                       12,000.00                       12,000.00
            """;
        var spec = TableSetImportSpecs.For(GovBudget.TableSets.TableSetRegistry.BuiltIn.Get("shanghai.budget")).Single(s => s.TableId == "表8");
        var document = TableImporter.Import(TextLayoutReader.Read(text, "t.txt"), new TableImportOptions { Specs = [spec], Year = 2025 });
        var table = document.Tables.Single();

        table.Precision.Unit.ShouldBe(AmountUnit.Yuan);
        table.Department.ShouldBe("某某局");
        var other = table.Rows.Single(r => r.Key == RowKey.Economic(EconomicCode.Parse("30299", null)));
        other.Label.ShouldBe("其他商品和服务支出");
        other.Cells.Select(c => (c.ColumnId, c.Text)).ShouldBe([("合计", "12,000.00"), ("公用经费", "12,000.00")]);
        table.Rows.Single(r => r.Key == RowKey.Economic(EconomicCode.Parse("30101", null))).Cells[1].ColumnId.ShouldBe("人员经费");
    }

    [Fact]
    public void Import_SplitCodeWithoutLeadingZero_IsPadded()
    {
        // 万里街道 2024 表8 prints 津贴补贴 as "301 2" (for 30102).
        var text = """
            2025年部门一般公共预算基本支出部门预算经济分类预算表
            编制部门：某某局                      单位：元
              类    款    名称                             合计            人员经费            公用经费
             301          工资福利支出                  3,000.00        3,000.00
             301   2      津贴补贴                      3,000.00        3,000.00
            """;
        var spec = TableSetImportSpecs.For(GovBudget.TableSets.TableSetRegistry.BuiltIn.Get("shanghai.budget")).Single(s => s.TableId == "表8");
        var table = TableImporter.Import(TextLayoutReader.Read(text, "t.txt"), new TableImportOptions { Specs = [spec], Year = 2025 }).Tables.Single();

        table.Rows.Select(r => r.Key).ShouldContain(RowKey.Economic(EconomicCode.Parse("30102", null)));
    }

    [Fact]
    public void Import_EmptyTableNote_DeclaredEmpty()
    {
        var text = """
            2025年部门政府性基金预算支出功能分类预算表
            单位：元
            功能分类科目编码   功能分类科目名称    合计      基本支出      项目支出
                           合计
            注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。
            """;
        var table = Import(text).Tables.Single();

        table.TableId.ShouldBe("表6"); // 政府性基金 in the recognised set, shanghai.budget
        table.IsDeclaredEmpty.ShouldBeTrue();
        table.Notes.Single().ShouldStartWith("注:");
        table.CellCount.ShouldBe(0);
    }

    [Fact]
    public void Import_UnitsDifferBetweenTables_EachTableKeepsItsOwn()
    {
        var text = Table3 + "\n\n表 7. 一般公共预算“三公”经费支出表\n单位：元\n“三公”经费合计\t因公出国（境）费\t公务用车购置及运行费\t\t\t公务接待费\n\t\t小计\t公务用车购置费\t公务用车运行费\t\n4200.00\t\t\t\t\t4200.00\n";
        var tables = Import(text).Tables;

        tables.Select(t => t.Precision.Unit).ShouldBe([AmountUnit.WanYuan, AmountUnit.Yuan]);
        tables[1].Rows.Single().Cells.Select(c => c.ColumnId).ShouldBe(["合计", "公务接待费"]);
    }

    [Fact]
    public void Import_RowWithoutKey_ReportedNotUnderstoodWithLine()
    {
        var document = Import(Table3 + "\n说不清的一行\t1.00\t1.00\n");

        var issue = document.NotUnderstood.Single();
        issue.TableId.ShouldBe("表3");
        issue.Line.ShouldBe(10);
        issue.Text.ShouldContain("说不清的一行");
    }

    [Fact]
    public void Import_EllipsisLine_ReadAsNoRowsWithOneAssumption()
    {
        var document = Import(Table3 + "\n……\n……\t……\n");

        var table = document.Tables.Single();
        table.Rows.Select(r => r.Key.ToString()).ShouldBe([RowKey.Total.ToString(), "F210", "F21011", "F2101101"]);
        table.Rows.ShouldAllBe(r => r.Label == null || !r.Label.Contains('…'));
        document.Issues.Where(i => i.Kind == ImportIssueKind.Assumption && i.Reason.Contains("elided", StringComparison.Ordinal)).ShouldHaveSingleItem().Line.ShouldBe(10);
        document.NotUnderstood.ShouldBeEmpty();
    }

    [Fact]
    public void Import_FixedLineWithoutValues_IsItsLineNotAWrappedName()
    {
        var text = """
            某某局 2024 年度部门决算

            一般公共预算财政拨款基本支出决算明细表
            单位：万元
            科目编码	科目名称	决算数
            301	工资福利支出	10.00
            30101	基本工资	10.00
            人员经费合计
            """;
        var table = TableImporter.Import(TextLayoutReader.Read(text, "t.txt"), new TableImportOptions { Kind = DisclosureKind.Settlement, Year = 2024, TableSet = TableSetRegistry.BuiltIn.Get("national.settlement") }).Tables.Single();

        table.Rows.Single(r => r.Key == RowKey.Item("人员经费合计")).Cells.ShouldBeEmpty();
        table.Rows.Single(r => r.Key.ToString() == "E30101").Label.ShouldBe("基本工资");
    }

    [Fact]
    public void Import_TwoSidedSummary_LinesAndClassesOnBothSides()
    {
        var text = """
            表 1. 部门收支总表
            单位：万元
            收 入		支 出
            项 目	预算数	项 目	预算数
            一、一般公共预算拨款收入	933.79	一、一般公共服务支出
            二、政府性基金预算拨款收入		二、社会保障和就业支出	34.37
            本年收入合计	933.79	本年支出合计	933.79
            """;
        var table = Import(text).Tables.Single();

        table.Rows.Single(r => r.Key == RowKey.Item("一般公共预算拨款收入")).Cells.Single().Text.ShouldBe("933.79");
        table.Rows.Single(r => r.Key == RowKey.Functional(FunctionalCode.Parse("208", null))).Cells.Single().Text.ShouldBe("34.37");
        table.Rows.Single(r => r.Key == RowKey.Functional(FunctionalCode.Parse("201", null))).Cells.ShouldBeEmpty();
        table.Rows.Single(r => r.Key == RowKey.Item("本年支出合计")).Cells.Single().Text.ShouldBe("933.79");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Import_PdfWithRuledCells_ValueAnywhereInTheCellPlacedOnlyWithRules(bool ruled)
    {
        static LayoutWord W(string text, decimal left, decimal right, decimal top) => new(text, new LayoutBox(left, top - 10, right, top), 1);
        LayoutWord[] words =
        [
            W("表", 50, 60, 800), W("3.", 62, 70, 800), W("部门支出总表", 72, 150, 800),
            W("单位：万元", 400, 460, 780),
            W("科目编码", 20, 60, 760), W("科目名称", 80, 140, 760), W("合计", 200, 220, 760), W("基本支出", 290, 330, 760), W("项目支出", 390, 430, 760),
            W("合计", 80, 100, 740), W("9.00", 240, 258, 740), W("9.00", 440, 458, 740),
            W("210", 20, 40, 720), W("卫生健康支出", 80, 150, 720), W("9.00", 240, 258, 720), W("9.00", 440, 458, 720),
        ];
        LayoutRule[] rules = ruled
            ? [.. new decimal[] { 10, 70, 180, 260, 360, 460 }.Select(x => new LayoutRule(new LayoutBox(x, 700, x + 0.5m, 770), 1))]
            : [];
        var layout = new LayoutDocument("t.pdf", LayoutSourceKind.Pdf, [new LayoutPage(1, 595, 842, [.. words], [.. rules])]);

        var document = TableImporter.Import(layout, new TableImportOptions { Kind = DisclosureKind.Budget, Year = 2025 });
        var total = document.Tables.Single().Rows.Single(r => r.Key == RowKey.Total);

        if (ruled)
        {
            total.Cells.Select(c => c.ColumnId).ShouldBe(["合计", "项目支出"]);
            document.NotUnderstood.ShouldBeEmpty();
        }
        else
        {
            // Right-aligned values lie beside the centred header words, under none of them: reported, not guessed.
            total.Cells.ShouldBeEmpty();
            document.NotUnderstood.Count(i => i.Reason.Contains("no recognised column", StringComparison.Ordinal)).ShouldBe(4);
        }
    }

    [Fact]
    public void Import_CoverNameWithDigits_RecognisesTheYear()
    {
        var recognition = TableImporter.Import(TextLayoutReader.Read("示例区第20局 2025 年部门预算\n\n" + Table3.Split('\n', 2)[1], "t.txt")).Recognition;

        recognition.Year.ShouldBe(2025);
        recognition.Kind.ShouldBe(DisclosureKind.Budget);
        recognition.Department.ShouldBe("示例区第20局");
    }

    [Fact]
    public void Import_PrintedFormulaUnderTheTable_IsANoteNotALine()
    {
        var text = """
            表 1. 部门收支总表
            单位：万元
            收 入		支 出
            项 目	预算数	项 目	预算数
            一、一般公共预算拨款收入	933.79	一、一般公共服务支出	933.79
            本年收入合计	933.79	本年支出合计	933.79
            本年收入合计 = 一 + … + 九；收入总计 = 本年收入合计 + 上年结转结余
            """;
        var document = Import(text);

        document.NotUnderstood.ShouldBeEmpty();
        document.Tables.Single().Notes.ShouldHaveSingleItem().ShouldStartWith("本年收入合计 =");
    }

    [Fact]
    public void Import_TwoSidedSummary_KeepsPrintedLabelsAndListsIncomeBeforeExpenditure()
    {
        var text = """
            表 1. 部门收支总表
            单位：万元
            收 入		支 出
            项 目	预算数	项 目	预算数
            一、一般公共预算拨款收入	933.79	一、一般公共服务支出	899.42
            二、政府性基金预算拨款收入		二、社会保障和就业支出	34.37
            本年收入合计	933.79	本年支出合计	933.79
            """;
        var table = Import(text).Tables.Single();

        table.Rows.Select(r => r.Label).ShouldBe(["一、一般公共预算拨款收入", "二、政府性基金预算拨款收入", "本年收入合计", "一、一般公共服务支出", "二、社会保障和就业支出", "本年支出合计"]);
    }

    private static LayoutWord At(string text, decimal left, decimal right, decimal top) => new(text, new LayoutBox(left, top - 8, right, top), 1);

    private static LayoutRule Horizontal(decimal y) => new(new LayoutBox(10, y - 0.4m, 460, y + 0.4m), 1);

    /// <summary>A ruled PDF page of 表3: title, unit, header, then the given body words between rules at the given heights.</summary>
    private static ImportedDocument ImportRuled(LayoutWord[] body, decimal[] rules, params LayoutWord[] after)
    {
        LayoutWord[] head =
        [
            At("表3.部门支出总表", 50, 150, 800), At("单位：万元", 400, 460, 785),
            At("科目编码", 20, 60, 765), At("科目名称", 80, 140, 765), At("合计", 200, 220, 765), At("基本支出", 290, 330, 765), At("项目支出", 390, 430, 765),
        ];
        var vertical = new decimal[] { 10, 70, 180, 260, 360, 460 }.Select(x => new LayoutRule(new LayoutBox(x, rules.Min(), x + 0.5m, 775), 1));
        var layout = new LayoutDocument("t.pdf", LayoutSourceKind.Pdf, [new LayoutPage(1, 595, 842, [.. head, .. body, .. after], [.. rules.Select(Horizontal), .. vertical])]);
        return TableImporter.Import(layout, new TableImportOptions { Kind = DisclosureKind.Budget, Year = 2025 });
    }

    [Fact]
    public void Import_PdfNameWrappedAroundTheCodeInARuledRow_IsOneRow()
    {
        // 2101101's name wraps in its cell: first part above the line of code and values, the rest below (the cell is
        // centred vertically); the rules above and below the row make it one row.
        LayoutWord[] body =
        [
            At("210", 20, 40, 745), At("卫生健康支出", 80, 150, 745), At("40.13", 240, 258, 745), At("40.13", 340, 358, 745),
            At("行政事业单位行", 80, 170, 731), At("2101101", 20, 60, 724), At("40.13", 240, 258, 724), At("40.13", 340, 358, 724), At("政单位医疗", 80, 150, 717),
        ];
        var document = ImportRuled(body, [775, 755, 737, 710]);

        var row = document.Tables.Single().Rows.Single(r => r.Key == RowKey.Functional(FunctionalCode.Parse("2101101", null)));
        row.Label.ShouldBe("行政事业单位行政单位医疗");
        row.Cells.Select(c => c.Text).ShouldBe(["40.13", "40.13"]);
        document.Tables.Single().Rows.Single(r => r.Key == RowKey.Functional(FunctionalCode.Parse("210", null))).Label.ShouldBe("卫生健康支出");
        document.NotUnderstood.ShouldBeEmpty();
    }

    [Fact]
    public void Import_PdfNameWrappedOverEightLinesBesideOneLineOfFigures_IsOneRow()
    {
        // A narrow text cell wraps its name over 8 lines (more than a cell usually holds); the figures are printed on one
        // line only, so the band between the rules is one row.
        string[] pieces = ["机关", "事业", "单位", "基本", "养老", "保险", "缴", "费"];
        var body = new List<LayoutWord> { At("210", 20, 40, 745), At("卫生健康支出", 80, 150, 745), At("9.00", 240, 258, 745), At("9.00", 340, 358, 745) };
        for (var i = 0; i < pieces.Length; i++)
        {
            body.Add(At(pieces[i], 80, 100, 730 - (7 * i)));
        }

        body.AddRange([At("2080505", 20, 60, 709), At("9.00", 240, 258, 709), At("9.00", 340, 358, 709)]);
        var document = ImportRuled([.. body], [775, 755, 737, 670]);

        var rows = document.Tables.Single().Rows;
        rows.Select(r => r.Key.ToString()).ShouldBe(["F210", "F2080505"]);
        rows[1].Label.ShouldBe("机关事业单位基本养老保险缴费");
        rows[1].Cells.Select(c => c.Text).ShouldBe(["9.00", "9.00"]);
        document.NotUnderstood.ShouldBeEmpty();
    }

    [Fact]
    public void Import_PdfRuledWithoutRowRules_LinesOfFiguresStaySeparateRows()
    {
        // Eight rows between two rules (a table ruled without row rules) print figures on every line: not one row.
        var body = new List<LayoutWord>();
        string[] codes = ["210", "21011", "2101101", "2101102", "2101103", "2101199", "21013", "2101301"];
        for (var i = 0; i < codes.Length; i++)
        {
            body.AddRange([At(codes[i], 20, 60, 745 - (9 * i)), At("名称" + i, 80, 120, 745 - (9 * i)), At("1.00", 240, 258, 745 - (9 * i))]);
        }

        var document = ImportRuled([.. body], [775, 755, 670]);

        document.Tables.Single().Rows.Select(r => r.Key.ToString()).ShouldBe(codes.Select(c => "F" + c));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(1)]
    public void Import_CategoryUnderSeveralUnits_KeyedPerUnit(int units)
    {
        // 表10 prints 本级支出项目 under each unit with projects: printed under two units it is keyed by each unit's code,
        // printed once by its name; the projects are put under their unit's category either way.
        var text = new System.Text.StringBuilder("""
            表10 项目支出表
            单位：万元
            编码	单位名称（项目名称）	项目单位	合计	一般公共预算	政府性基金预算
            	合计		30.00	30.00
            300	某某局		30.00	30.00

            """);
        for (var u = 1; u <= units; u++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"30000{u}\t某某局第{u}单位\t\t10.00\t10.00\n");
            text.Append("\t本级支出项目\t\t10.00\t10.00\n");
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"4226300{u:000}T00000000{u}\t项目{u}\t某某局第{u}单位\t10.00\t10.00\n");
        }

        var rows = ImportIn("hubei.budget", text.ToString(), 2026).Tables.Single().Rows;

        var categories = rows.Where(r => r.Key.Kind == RowKeyKind.Category).ToList();
        categories.Select(r => r.Key.Text).ShouldBe(units == 1 ? ["本级支出项目"] : ["300001/本级支出项目", "300002/本级支出项目"]);
        categories.ShouldAllBe(r => r.Label == "本级支出项目");
        rows.Where(r => r.Key.Kind == RowKeyKind.Project).Select(r => r.Parent).ShouldBe(categories.Select(c => (RowKey?)c.Key));
    }

    [Fact]
    public void Import_PdfTextBelowTheRuledTable_EndsTheTable()
    {
        LayoutWord[] body = [At("合计", 80, 100, 745), At("9.00", 240, 258, 745), At("9.00", 440, 458, 745)];
        var document = ImportRuled(body, [775, 755, 737], At("其他重要事项", 200, 260, 700), At("机关运行经费：2.00 万元", 40, 160, 685));

        document.Tables.Single().Rows.Single().Label.ShouldBe("合计");
        document.Text.Select(t => t.Text).ShouldBe(["其他重要事项", "机关运行经费：2.00 万元"]);
        document.NotUnderstood.ShouldBeEmpty();
    }

    /// <summary>
    /// The older layout's L6 部门收支总表, as a PDF prints it without rules: three blocks side by side (收入 ‖ 支出 by 功能科目
    /// ‖ 支出 by 支出类别), 类 with their codes (229 其他支出, code and name in one word as Chromium prints a cell, is a 功能
    /// class, 399 其他支出 an 经济 class), the 支出类别 block's
    /// 本年支出合计 on the last line beside the 支出总计 of the middle block.
    /// </summary>
    private static readonly LayoutWord[] ThreeBlocks =
    [
        At("部门收支总表", 279, 330, 745), At("单位：万元", 554, 590, 731),
        At("收入", 128, 140, 719), At("支出（按功能分类）", 294, 350, 719), At("支出（按支出类别）", 466, 520, 719),
        At("项目", 103, 115, 706), At("预算数", 206, 230, 706), At("项目", 292, 304, 706), At("预算数", 372, 396, 706), At("项目", 464, 476, 706), At("预算数", 549, 573, 706),
        At("一般公共预算财政拨款收入", 31, 120, 693), At("970.25", 217, 240, 693), At("210", 244, 256, 693), At("卫生健康支出", 260, 300, 693), At("970.25", 383, 406, 693),
        At("政府性基金预算财政拨款收入", 31, 125, 680), At("13.74", 221, 240, 680), At("229 其他支出", 244, 290, 680), At("13.74", 387, 406, 680),
        At("301", 244, 256, 667), At("工资福利支出", 260, 300, 667), At("231.00", 383, 406, 667),
        At("399", 244, 256, 654), At("其他支出", 260, 290, 654), At("752.99", 383, 406, 654),
        At("本年收入合计", 31, 80, 641), At("983.99", 216, 240, 641), At("本年支出合计", 244, 290, 641), At("983.99", 382, 406, 641),
        At("收入总计", 31, 65, 628), At("983.99", 216, 240, 628), At("支出总计", 244, 275, 628), At("983.99", 382, 406, 628), At("本年支出合计", 416, 462, 628), At("983.99", 559, 582, 628),
    ];

    [Fact]
    public void Specs_TwoSidedColumns_OnTheSidesTheSetDeclares()
    {
        // L1 declares no side for its columns: 合计, 一般公共预算 and 政府性基金预算 are printed in every block. Shanghai 表4
        // declares 收入决算数 on the income side and the four others on the expenditure side.
        var l1 = TableSetImportSpecs.For(GovBudget.TableSets.TableSetRegistry.BuiltIn.Get("hubei.budget.legacy")).Single(s => s.TableId == "L1");
        l1.Columns.Select(c => c.Side).ShouldBe([null, null, null]);
        var t4 = TableSetImportSpecs.For(GovBudget.TableSets.TableSetRegistry.BuiltIn.Get("shanghai.budget")).Single(s => s.TableId == "表4");
        t4.Columns.Select(c => c.Side).ShouldBe(["收入", "支出", "支出", "支出", "支出"]);
    }

    [Fact]
    public void Import_ThreeBlocksSideBySide_EachBlockReadUnderItsOwnHeaderAndListedBlockByBlock()
    {
        var set = GovBudget.TableSets.TableSetRegistry.BuiltIn.Get("hubei.budget.legacy");
        var layout = new LayoutDocument("t.pdf", LayoutSourceKind.Pdf, [new LayoutPage(1, 612, 792, [.. ThreeBlocks], [])]);
        var document = TableImporter.Import(layout, new TableImportOptions { Kind = DisclosureKind.Budget, Year = 2021, TableSet = set });

        var table = document.Tables.Single();
        table.TableId.ShouldBe("L6");
        table.Rows.Select(r => r.Key.ToString()).ShouldBe(
        [
            "I:一般公共预算财政拨款收入", "I:政府性基金预算财政拨款收入", "I:本年收入合计", "I:收入总计",
            "F210", "F229", "E301", "E399", "I:本年支出合计", "I:支出总计",
            "I:支出类别.本年支出合计",
        ]);
        table.Rows.Select(r => r.Cells.Single().Text).ShouldBe(["970.25", "13.74", "983.99", "983.99", "970.25", "13.74", "231.00", "752.99", "983.99", "983.99", "983.99"]);
        table.Rows.Single(r => r.Key == RowKey.Economic(EconomicCode.Parse("399", null))).Label.ShouldBe("其他支出");
        document.NotUnderstood.ShouldBeEmpty();
    }

    private static ImportedDocument ImportIn(string setId, string text, int year)
    {
        var set = GovBudget.TableSets.TableSetRegistry.BuiltIn.Get(setId);
        return TableImporter.Import(TextLayoutReader.Read(text, "t.txt"), new TableImportOptions { Kind = set.Kind, Year = year, TableSet = set });
    }

    [Fact]
    public void Import_TwoSidedLineUnderItsParent_HeaderWordsAndRepeatedHeaderAreNotLines()
    {
        // 公开04: the header prints line labels as column headers (一般公共预算财政拨款); a line printed alone under its
        // parent (年初财政拨款结转和结余) is the parent's; the header's wrapped pieces repeated on the next page are skipped.
        var text = """
            公开04 财政拨款收入支出决算总表
            单位：万元
            收入		支出
            项目	决算数	项目	合计	一般公共预算财政拨款	政府性基金预算财政拨款	国有资本经营预算财政拨款
            一般公共预算财政拨款	970.25	卫生健康支出	970.25	970.25
            本年收入合计	970.25	本年支出合计	970.25	970.25
            国有
            年初财政拨款结转和结余	1.00
            一般公共预算财政拨款	1.00
            """;
        var document = ImportIn("shanghai.settlement", text, 2024);

        document.NotUnderstood.ShouldBeEmpty();
        var table = document.Tables.Single();
        var child = table.Rows.Single(r => r.Key == RowKey.Item("年初财政拨款结转和结余.一般公共预算财政拨款"));
        child.Cells.Single().Text.ShouldBe("1.00");
        child.Label.ShouldBe("一般公共预算财政拨款");
        table.Rows.Single(r => r.Key == RowKey.Item("一般公共预算财政拨款")).Cells.Single().Text.ShouldBe("970.25");
    }

    [Fact]
    public void Import_OrdinalPrintedApartFromItsLabel_KeepsTheDefinitionsLabel()
    {
        var text = """
            表1 部门财务收支预算总表
            单位：万元
            收入 支出
            项目 预算数 项目 预算数
            一、财政拨款收入 970.25 一、卫生健康支出 970.25
            1. 一般公共预算资金 970.25
            收入总计 970.25 支出总计 970.25
            """;
        var document = ImportIn("shanghai.budget", text, 2025);

        var row = document.Tables.Single().Rows.Single(r => r.Key == RowKey.Item("一般公共预算资金"));
        row.Label.ShouldBe("1. 一般公共预算资金");
        row.Cells.Single().Text.ShouldBe("970.25");
    }

    [Fact]
    public void Import_NumberedLinePrintedBlank_IsLeftOut()
    {
        // 公开01 prints every numbered line of the form; the lines without a figure are not rows of the document.
        var text = """
            公开01 收入支出决算总表
            单位：万元
            收入		支出
            项目	行次	决算数	项目	行次	决算数
            一般公共预算财政拨款收入	1	970.25
            国有资本经营预算财政拨款收入	3
            """;
        var table = ImportIn("national.settlement", text, 2024).Tables.Single();

        table.Rows.Select(r => r.Key).ShouldBe([RowKey.Line(1)]);
    }

    [Fact]
    public void Import_TextCodeWithValuesButNoName_NameWrappedAroundIt()
    {
        // pdftotext -layout of a cell centred vertically: the name's first part above the code and values, the rest below.
        var text = """
            表 3. 部门支出总表
            单位：万元
            科目编码  科目名称                     合计      基本支出      项目支出
            20805     行政事业单位养老支出        10.82     10.82
                      机关事业单位基本养老保险缴费
            2080505                      6.18      6.18
                      支出
            2080506   机关事业单位职业年金缴费支出     4.64      4.64
            """;
        var document = Import(text);

        var rows = document.Tables.Single().Rows;
        rows.Single(r => r.Key == RowKey.Functional(FunctionalCode.Parse("20805", null))).Label.ShouldBe("行政事业单位养老支出");
        var row = rows.Single(r => r.Key == RowKey.Functional(FunctionalCode.Parse("2080505", null)));
        row.Label.ShouldBe("机关事业单位基本养老保险缴费支出");
        row.Cells.Select(c => c.Text).ShouldBe(["6.18", "6.18"]);
        document.NotUnderstood.ShouldBeEmpty();
    }
}
