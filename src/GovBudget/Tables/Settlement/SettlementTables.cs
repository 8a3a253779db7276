using GovBudget.Collections;
using static GovBudget.Tables.RowKeyKind;
using static GovBudget.Tables.TableDefinitionFactory;

namespace GovBudget.Tables.Settlement;

/// <summary>
/// The settlement table set (部门决算公开表 公开01–公开09, as in 洪山区医疗保障局 2023), with their printed line
/// numbers (行次) and column numbers (栏次). Self-evaluation tables (绩效自评表) are structured documents: see
/// <see cref="Performance.PerformanceSelfEvaluation"/>.
/// </summary>
public static class SettlementTables
{
    private const string Income = "收入";
    private const string Expenditure = "支出";

    /// <summary>The 类 reported on 公开01 lines 32–57 and 公开04 lines 33–58, in printed order (2023 edition).</summary>
    internal static readonly int[] ExpenditureClasses =
        [201, 202, 203, 204, 205, 206, 207, 208, 210, 211, 212, 213, 214, 215, 216, 217, 219, 220, 221, 222, 223, 224, 229, 231, 232, 234];

    /// <summary>公开01 收入支出决算总表.</summary>
    public static TableDefinition IncomeExpenditure { get; } = new(
        "公开01",
        "收入支出决算总表",
        "Income and expenditure final accounts summary",
        DisclosureKind.Settlement,
        Kinds(RowKeyKind.Line),
        List(Col("收入决算数", "Income", 1, nameZh: "金额"), Col("支出决算数", "Expenditure", 2, nameZh: "金额")),
        new EquatableArray<LineDefinition>(
            new[]
            {
                Line(1, "一般公共预算财政拨款收入", Income),
                Line(2, "政府性基金预算财政拨款收入", Income),
                Line(3, "国有资本经营预算财政拨款收入", Income),
                Line(4, "上级补助收入", Income),
                Line(5, "事业收入", Income),
                Line(6, "经营收入", Income),
                Line(7, "附属单位上缴收入", Income),
                Line(8, "其他收入", Income),
                Line(27, "本年收入合计", Income),
                Line(28, "使用非财政拨款结余", Income),
                Line(29, "年初结转和结余", Income),
                Line(31, "总计", Income),
            }
            .Concat(ExpenditureLines(32))
            .Concat(
            [
                Line(58, "本年支出合计", Expenditure),
                Line(59, "结余分配", Expenditure),
                Line(60, "年末结转和结余", Expenditure),
                Line(62, "总计", Expenditure),
            ])),
        List("27行 = (1+2+3+4+5+6+7+8)行", "31行 = (27+28+29)行", "58行 = (32+33+...+57)行", "62行 = (58+59+60)行"));

    /// <summary>公开02 收入决算表.</summary>
    public static TableDefinition IncomeByFunction { get; } = new(
        "公开02",
        "收入决算表",
        "Income final accounts",
        DisclosureKind.Settlement,
        Kinds(Total, Functional),
        List(
            Col("本年收入合计", "Total income", 1),
            Col("财政拨款收入", "Fiscal appropriation", 2),
            Col("上级补助收入", "Subsidies from higher level", 3),
            Col("事业收入", "Public institution revenue", 4),
            Col("经营收入", "Business revenue", 5),
            Col("附属单位上缴收入", "Remittances from affiliated units", 6),
            Col("其他收入", "Other income", 7)),
        printedFormulas: List("1栏 = (2+3+4+5+6+7)栏"));

    /// <summary>公开03 支出决算表.</summary>
    public static TableDefinition ExpenditureByFunction { get; } = new(
        "公开03",
        "支出决算表",
        "Expenditure final accounts",
        DisclosureKind.Settlement,
        Kinds(Total, Functional),
        List(
            Col("本年支出合计", "Total expenditure", 1),
            Col("基本支出", "Basic expenditure", 2),
            Col("项目支出", "Project expenditure", 3),
            Col("上缴上级支出", "Remittances to higher level", 4),
            Col("经营支出", "Business expenditure", 5),
            Col("对附属单位补助支出", "Subsidies to affiliated units", 6)),
        printedFormulas: List("1栏各行 = (2+3+4+5+6)栏各行"));

    /// <summary>公开04 财政拨款收入支出决算总表.</summary>
    public static TableDefinition AppropriationIncomeExpenditure { get; } = new(
        "公开04",
        "财政拨款收入支出决算总表",
        "Fiscal appropriation income and expenditure final accounts summary",
        DisclosureKind.Settlement,
        Kinds(RowKeyKind.Line),
        List(
            Col("收入决算数", "Income", 1, nameZh: "决算数"),
            Col("合计", "Expenditure: total", 2, group: "决算数"),
            Col("一般公共预算财政拨款", "General public budget", 3, group: "决算数"),
            Col("政府性基金预算财政拨款", "Government funds", 4, group: "决算数"),
            Col("国有资本经营预算财政拨款", "State capital", 5, group: "决算数")),
        new EquatableArray<LineDefinition>(
            new[]
            {
                Line(1, "一般公共预算财政拨款", Income),
                Line(2, "政府性基金预算财政拨款", Income),
                Line(3, "国有资本经营预算财政拨款", Income),
                Line(27, "本年收入合计", Income),
                Line(28, "年初财政拨款结转和结余", Income),
                Line(29, "一般公共预算财政拨款", Income),
                Line(30, "政府性基金预算财政拨款", Income),
                Line(31, "国有资本经营预算财政拨款", Income),
                Line(32, "总计", Income),
            }
            .Concat(ExpenditureLines(33))
            .Concat(
            [
                Line(59, "本年支出合计", Expenditure),
                Line(60, "年末财政拨款结转和结余", Expenditure),
                Line(64, "总计", Expenditure),
            ])),
        List("27行 = (1+2+3)行", "28行 = (29+30+31)行", "32行 = (27+28)行", "59行 = (33+34+…+58)行", "64行 = (59+60)行", "2栏 = (3+4+5)栏"));

    /// <summary>公开05 一般公共预算财政拨款支出决算表.</summary>
    public static TableDefinition GeneralBudgetExpenditure { get; } = new(
        "公开05",
        "一般公共预算财政拨款支出决算表",
        "General public budget appropriation expenditure final accounts",
        DisclosureKind.Settlement,
        Kinds(Total, Functional),
        List(Col("小计", "Subtotal", 1), Col("基本支出", "Basic expenditure", 2), Col("项目支出", "Project expenditure", 3)),
        printedFormulas: List("1栏各行 = (2+3)栏各行"));

    /// <summary>公开06 一般公共预算财政拨款基本支出决算明细表: economic items and the 人员经费/公用经费 totals.</summary>
    public static TableDefinition GeneralBudgetBasicDetail { get; } = new(
        "公开06",
        "一般公共预算财政拨款基本支出决算明细表",
        "General public budget basic expenditure final accounts by economic classification",
        DisclosureKind.Settlement,
        Kinds(Economic, RowKeyKind.Item),
        List(Col("决算数", "Final amount")),
        List(Item("人员经费合计", "人员经费"), Item("公用经费合计", "公用经费")),
        List("人员经费合计 = 301 + 303", "公用经费合计 = 302 + 307 + 310 + 399"));

    /// <summary>公开07 政府性基金预算财政拨款收入支出决算表.</summary>
    public static TableDefinition GovernmentFundIncomeExpenditure { get; } = new(
        "公开07",
        "政府性基金预算财政拨款收入支出决算表",
        "Government fund appropriation income and expenditure final accounts",
        DisclosureKind.Settlement,
        Kinds(Total, Functional),
        List(
            Col("年初结转和结余", "Opening balance", 1),
            Col("本年收入", "Income", 2),
            Col("本年支出", "Expenditure", 3, group: "本年支出", nameZh: "小计"),
            Col("基本支出", "Basic expenditure", 4, group: "本年支出"),
            Col("项目支出", "Project expenditure", 5, group: "本年支出"),
            Col("年末结转和结余", "Closing balance", 6)),
        printedFormulas: List("6栏各行 = (1+2-3)栏各行", "3栏各行 = (4+5)栏各行"));

    /// <summary>公开08 国有资本经营预算财政拨款支出决算表.</summary>
    public static TableDefinition StateCapitalExpenditure { get; } = new(
        "公开08",
        "国有资本经营预算财政拨款支出决算表",
        "State capital operation appropriation expenditure final accounts",
        DisclosureKind.Settlement,
        Kinds(Total, Functional),
        List(Col("合计", "Total", 1), Col("基本支出", "Basic expenditure", 2), Col("项目支出", "Project expenditure", 3)),
        printedFormulas: List("1栏 = (2+3)栏"));

    /// <summary>公开09 财政拨款"三公"经费支出决算表: 预算数 (栏 1–6) and 决算数 (栏 7–12) in one row.</summary>
    public static TableDefinition ThreePublicExpenses { get; } = new(
        "公开09",
        "财政拨款“三公”经费支出决算表",
        "Fiscal appropriation \"three public\" expenses final accounts",
        DisclosureKind.Settlement,
        Kinds(Total),
        List(
            Col("预算数.合计", "Budget: total", 1, "预算数", "合计"),
            Col("预算数.因公出国(境)费", "Budget: overseas travel", 2, "预算数", "因公出国(境)费"),
            Col("预算数.公务用车购置及运行维护费", "Budget: vehicles", 3, "预算数", "小计"),
            Col("预算数.公务用车购置费", "Budget: vehicle purchase", 4, "预算数", "公务用车购置费"),
            Col("预算数.公务用车运行维护费", "Budget: vehicle operation", 5, "预算数", "公务用车运行维护费"),
            Col("预算数.公务接待费", "Budget: hospitality", 6, "预算数", "公务接待费"),
            Col("决算数.合计", "Actual: total", 7, "决算数", "合计"),
            Col("决算数.因公出国(境)费", "Actual: overseas travel", 8, "决算数", "因公出国(境)费"),
            Col("决算数.公务用车购置及运行维护费", "Actual: vehicles", 9, "决算数", "小计"),
            Col("决算数.公务用车购置费", "Actual: vehicle purchase", 10, "决算数", "公务用车购置费"),
            Col("决算数.公务用车运行维护费", "Actual: vehicle operation", 11, "决算数", "公务用车运行维护费"),
            Col("决算数.公务接待费", "Actual: hospitality", 12, "决算数", "公务接待费")),
        printedFormulas: List("1栏 = (2+3+6)栏", "3栏 = (4+5)栏", "7栏 = (8+9+12)栏", "9栏 = (10+11)栏"));

    /// <summary>Every settlement table kind, in printed order.</summary>
    public static EquatableArray<TableDefinition> All { get; } = List(
        IncomeExpenditure,
        IncomeByFunction,
        ExpenditureByFunction,
        AppropriationIncomeExpenditure,
        GeneralBudgetExpenditure,
        GeneralBudgetBasicDetail,
        GovernmentFundIncomeExpenditure,
        StateCapitalExpenditure,
        ThreePublicExpenses);

    private static IEnumerable<LineDefinition> ExpenditureLines(int first)
    {
        string[] names =
        [
            "一般公共服务支出", "外交支出", "国防支出", "公共安全支出", "教育支出", "科学技术支出", "文化旅游体育与传媒支出",
            "社会保障和就业支出", "卫生健康支出", "节能环保支出", "城乡社区支出", "农林水支出", "交通运输支出",
            "资源勘探工业信息等支出", "商业服务业等支出", "金融支出", "援助其他地区支出", "自然资源海洋气象等支出",
            "住房保障支出", "粮油物资储备支出", "国有资本经营预算支出", "灾害防治及应急管理支出", "其他支出",
            "债务还本支出", "债务付息支出", "抗疫特别国债安排的支出",
        ];
        for (var i = 0; i < names.Length; i++)
        {
            yield return Line(first + i, names[i], Expenditure, ExpenditureClasses[i]);
        }
    }
}
