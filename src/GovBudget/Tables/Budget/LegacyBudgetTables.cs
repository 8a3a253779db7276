using GovBudget.Collections;
using static GovBudget.Tables.RowKeyKind;
using static GovBudget.Tables.TableDefinitionFactory;

namespace GovBudget.Tables.Budget;

/// <summary>
/// Budget table kinds of the older layout (洪山区医疗保障局 2021): tables that the current layout no longer prints,
/// or prints with other rows and columns, modelled by meaning.
/// </summary>
/// <remarks>
/// <para>
/// The older layout prints 13 tables numbered 一 to 十三. A kind defined here has the id <c>L</c> + the printed number
/// (<c>L1</c> = 一、财政拨款收支预算总表); tables whose meaning the current layout already models keep the
/// current kind of <see cref="BudgetTables"/> (with a subset of its columns):
/// </para>
/// <list type="table">
/// <listheader><term>printed</term><description>kind (id)</description></listheader>
/// <item><term>一、财政拨款收支预算总表</term><description><see cref="AppropriationSummary"/> (<c>L1</c>)</description></item>
/// <item><term>二、一般公共预算支出表</term><description><see cref="BudgetTables.GeneralBudgetByFunction"/> (<c>表5-1</c>; 合计/基本支出/项目支出 only)</description></item>
/// <item><term>三、一般公共预算基本支出表</term><description><see cref="BudgetTables.GeneralBudgetBasicByEconomic"/> (<c>表6</c>)</description></item>
/// <item><term>四、一般公共预算"三公"经费支出表</term><description><see cref="ThreePublicExpensesByFunction"/> (<c>L4</c>)</description></item>
/// <item><term>五、政府性基金预算支出表</term><description><see cref="GovernmentFundExpenditureByUnit"/> (<c>L5</c>)</description></item>
/// <item><term>六、部门收支总表</term><description><see cref="IncomeExpenditureSummary"/> (<c>L6</c>)</description></item>
/// <item><term>七、部门收入总表</term><description><see cref="IncomeSummary"/> (<c>L7</c>)</description></item>
/// <item><term>八、部门支出总表</term><description><see cref="BudgetTables.ExpenditureSummary"/> (<c>表3</c>)</description></item>
/// <item><term>九、项目支出预算明细表</term><description><see cref="ProjectExpenditureDetail"/> (<c>L9</c>)</description></item>
/// <item><term>十、政府采购预算表</term><description><see cref="GovernmentProcurement"/> (<c>L10</c>)</description></item>
/// <item><term>十一、政府购买服务表</term><description><see cref="PurchasedServices"/> (<c>L11</c>)</description></item>
/// <item><term>十二、部门整体支出绩效目标表</term><description><see cref="Performance.OverallPerformanceGoal"/> (<c>表11</c>)</description></item>
/// <item><term>十三、项目支出绩效目标表</term><description><see cref="Performance.ProjectPerformanceGoal"/> (<c>表12-1</c> …)</description></item>
/// </list>
/// </remarks>
public static class LegacyBudgetTables
{
    private const string Income = "收入";
    private const string Expenditure = "支出";

    /// <summary>
    /// <c>L1</c> 财政拨款收支预算总表 (printed 一): fiscal appropriation income lines (by fund) beside expenditure by
    /// functional 类 and, in a second block, by 支出类别 (基本支出 split into 工资福利支出 / 对个人和家庭的补助 /
    /// 公用经费支出, 项目支出, 上缴上级支出 …) and by economic 类 (301, 302 …, as economic row keys). Columns 合计,
    /// 一般公共预算, 政府性基金预算; on the income side the single printed 预算数 is the 合计 column. The totals of the
    /// second block are the items prefixed <c>支出类别.</c>.
    /// </summary>
    public static TableDefinition AppropriationSummary { get; } = new(
        "L1",
        "财政拨款收支预算总表",
        "Fiscal appropriation income and expenditure budget summary (older layout)",
        DisclosureKind.Budget,
        Kinds(RowKeyKind.Item, Functional, Economic),
        List(
            Col("合计", "Total"),
            Col("一般公共预算", "General public budget"),
            Col("政府性基金预算", "Government fund budget")),
        List<LineDefinition>(
            [
                Item("一般公共预算财政拨款收入", Income),
                Item("政府性基金预算财政拨款收入", Income),
                Item("本年收入合计", Income),
                Item("上年结转", Income),
                Item("收入总计", Income),
                .. ExpenditureLines(),
            ]),
        List(
            "本年收入合计 = 一般公共预算财政拨款收入 + 政府性基金预算财政拨款收入",
            "收入总计 = 本年收入合计 + 上年结转",
            "本年支出合计 = Σ 功能类",
            "支出总计 = 本年支出合计 + 结转下年",
            "基本支出 = 基本支出.工资福利支出 + 基本支出.对个人和家庭的补助 + 基本支出.公用经费支出",
            "支出类别.本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 对附属单位补助支出 + 事业单位经营支出 = Σ 经济类",
            "支出类别.本年支出合计 = 本年支出合计",
            "收入总计 = 支出总计",
            "合计 = 一般公共预算 + 政府性基金预算"));

    /// <summary>
    /// <c>L4</c> 一般公共预算"三公"经费支出表 (printed 四): the "三公" columns of <see cref="BudgetTables.ThreePublicExpenses"/>
    /// (same column ids), with rows by functional subject.
    /// </summary>
    public static TableDefinition ThreePublicExpensesByFunction { get; } = new(
        "L4",
        "一般公共预算“三公”经费支出表",
        "General public budget \"three public\" expenses by function (older layout)",
        DisclosureKind.Budget,
        Kinds(Total, Functional),
        List(
            Col("合计", "Total", 3, nameZh: "“三公”经费合计"),
            Col("因公出国(境)费", "Official overseas travel", 4),
            Col("公务用车购置及运行费", "Official vehicles", 5, group: "公务用车购置及运行维护费", nameZh: "小计"),
            Col("公务用车购置费", "Vehicle purchase", 6, group: "公务用车购置及运行维护费"),
            Col("公务用车运行费", "Vehicle operation", 7, group: "公务用车购置及运行维护费", nameZh: "公务用车运行维护费"),
            Col("公务接待费", "Official hospitality", 8)),
        printedFormulas: List("合计 = 因公出国(境)费 + 公务用车购置及运行费 + 公务接待费", "公务用车购置及运行费 = 公务用车购置费 + 公务用车运行费"));

    /// <summary>
    /// <c>L5</c> 政府性基金预算支出表 (printed 五): rows by functional subject, with the unit (单位代码, 单位名称) as text
    /// columns and 本年政府性基金预算支出 小计 (合计), 基本支出, 项目支出.
    /// </summary>
    public static TableDefinition GovernmentFundExpenditureByUnit { get; } = new(
        "L5",
        "政府性基金预算支出表",
        "Government fund budget expenditure by function and unit (older layout)",
        DisclosureKind.Budget,
        Kinds(Total, Functional),
        List(
            TextCol("单位代码", "Unit code"),
            TextCol("单位名称", "Unit name"),
            Col("合计", "Total", 5, group: "本年政府性基金预算支出", nameZh: "小计"),
            Col("基本支出", "Basic expenditure", 6, group: "本年政府性基金预算支出"),
            Col("项目支出", "Project expenditure", 7, group: "本年政府性基金预算支出")),
        printedFormulas: List("合计 = 基本支出 + 项目支出"));

    /// <summary>
    /// <c>L6</c> 部门收支总表 (printed 六): income lines 一…七, 本年收入合计, 八 用事业基金弥补收支差额, 九 上年结转,
    /// 收入总计 beside expenditure by functional 类 and by 支出类别 / economic 类 (as in <see cref="AppropriationSummary"/>);
    /// one column 预算数.
    /// </summary>
    public static TableDefinition IncomeExpenditureSummary { get; } = new(
        "L6",
        "部门收支总表",
        "Department income and expenditure summary (older layout)",
        DisclosureKind.Budget,
        Kinds(RowKeyKind.Item, Functional, Economic),
        List(Col("预算数", "Budget")),
        List<LineDefinition>(
            [
                Item("一般公共预算财政拨款收入", Income),
                Item("政府性基金预算财政拨款收入", Income),
                Item("事业收入", Income),
                Item("上级补助收入", Income),
                Item("附属单位上缴收入", Income),
                Item("事业单位经营收入", Income),
                Item("其他收入", Income),
                Item("本年收入合计", Income),
                Item("用事业基金弥补收支差额", Income),
                Item("上年结转", Income),
                Item("收入总计", Income),
                .. ExpenditureLines(),
            ]),
        List(
            "本年收入合计 = 一 + … + 七",
            "收入总计 = 本年收入合计 + 用事业基金弥补收支差额 + 上年结转",
            "本年支出合计 = Σ 功能类",
            "支出总计 = 本年支出合计 + 结转下年",
            "基本支出 = 基本支出.工资福利支出 + 基本支出.对个人和家庭的补助 + 基本支出.公用经费支出",
            "支出类别.本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 对附属单位补助支出 + 事业单位经营支出 = Σ 经济类",
            "支出类别.支出总计 = 支出类别.本年支出合计 + 支出类别.结转下年",
            "收入总计 = 支出总计 = 支出类别.支出总计"));

    /// <summary>
    /// <c>L7</c> 部门收入总表 (printed 七): rows by functional subject; columns 总计 (合计), one column per income source
    /// (including 用事业基金弥补收支差额) and 上年结转 split into 财政拨款 and 其他. 栏次 3–13.
    /// </summary>
    public static TableDefinition IncomeSummary { get; } = new(
        "L7",
        "部门收入总表",
        "Department income summary by function (older layout)",
        DisclosureKind.Budget,
        Kinds(Total, Functional),
        List(
            Col("合计", "Total", 3, nameZh: "总计"),
            Col("一般公共预算", "General public budget appropriation", 4, nameZh: "一般公共预算财政拨款收入"),
            Col("政府性基金预算", "Government fund appropriation", 5, nameZh: "政府性基金预算财政拨款收入"),
            Col("事业收入", "Public institution revenue", 6),
            Col("上级补助收入", "Subsidies from higher level", 7),
            Col("附属单位上缴收入", "Remittances from affiliated units", 8),
            Col("事业单位经营收入", "Business revenue of public institutions", 9),
            Col("其他收入", "Other income", 10),
            Col("用事业基金弥补收支差额", "Institution fund used to cover the gap", 11),
            Col("上年结转.财政拨款", "Carry-over: fiscal appropriation", 12, group: "上年结转", nameZh: "财政拨款"),
            Col("上年结转.其他", "Carry-over: other", 13, group: "上年结转", nameZh: "其他")),
        printedFormulas: List("合计 = 一般公共预算 + … + 用事业基金弥补收支差额 + 上年结转.财政拨款 + 上年结转.其他"));

    /// <summary>
    /// <c>L9</c> 项目支出预算明细表 (printed 九): 合计 → 部门 → 单位 (unit keys) → 项目类别 (经常性支出项目) → 项目目录
    /// (机构运转 …, category keys) → 项目 (project keys, by name), each row with explicit parent. Text columns give the
    /// unit, functional subject and 项目目录 of a project and whether it is 政府采购 / 政府购买服务 (是/否); amount columns
    /// give 总计 (合计), the 资金来源, 往来 and the parts that are 政府采购 / 政府购买服务.
    /// </summary>
    public static TableDefinition ProjectExpenditureDetail { get; } = new(
        "L9",
        "项目支出预算明细表",
        "Project expenditure budget detail (older layout)",
        DisclosureKind.Budget,
        Kinds(Total, Unit, Category, Project),
        List(
            TextCol("单位代码", "Unit code"),
            TextCol("功能科目编码", "Functional subject code"),
            TextCol("功能科目名称", "Functional subject name"),
            TextCol("项目目录", "Project catalogue"),
            Col("合计", "Total", nameZh: "总计"),
            Col("财政拨款", "Fiscal appropriation (subsidy)", group: "资金来源", nameZh: "财政拨款（补助）"),
            Col("上级专项", "Special funds from higher level", group: "资金来源"),
            Col("纳入专户管理的非税", "Non-tax revenue in special accounts", group: "资金来源"),
            Col("社报专户", "Social insurance special account", group: "资金来源"),
            Col("事业单位经营收入", "Business revenue of public institutions", group: "资金来源"),
            Col("其他收入", "Other income", group: "资金来源"),
            Col("政府性基金", "Government funds"),
            Col("往来", "Current accounts", group: "往来", nameZh: "小计"),
            Col("单位往来", "Unit current accounts", group: "往来"),
            Col("国库往来", "Treasury current accounts", group: "往来"),
            TextCol("是否政府采购", "Government procurement (yes/no)"),
            TextCol("是否政府购买服务", "Government purchased services (yes/no)"),
            Col("其中政府采购", "Of which government procurement"),
            Col("其中政府购买服务", "Of which government purchased services")),
        printedFormulas: List(
            "合计 = 财政拨款 + 上级专项 + 纳入专户管理的非税 + 社报专户 + 事业单位经营收入 + 其他收入 + 政府性基金 + 往来",
            "往来 = 单位往来 + 国库往来",
            "其中政府采购 ≤ 合计",
            "其中政府购买服务 ≤ 合计"));

    /// <summary>
    /// <c>L10</c> 政府采购预算表 (printed 十): 合计 → 部门 → 单位 (unit keys, explicit parents) → one row per procurement
    /// line, keyed by an item key <c>项目名称/采购品目</c>. Text columns give the functional subject (printed split
    /// 类/款/项, e.g. <c>210 15 01</c>), the project, the purchased item (采购品目), the 购买服务指导性目录 and 三级目录,
    /// 规格型号, 数量, 计量单位 and 采购时间; amount columns give 总计 (合计), the 资金来源 and 往来.
    /// </summary>
    public static TableDefinition GovernmentProcurement { get; } = new(
        "L10",
        "政府采购预算表",
        "Government procurement budget (older layout)",
        DisclosureKind.Budget,
        Kinds(Total, Unit, RowKeyKind.Item),
        List<ColumnDefinition>(
            [
                TextCol("单位代码", "Unit code"),
                TextCol("功能科目编码", "Functional subject code (类 款 项)"),
                TextCol("科目名称", "Functional subject name"),
                TextCol("项目名称", "Project name"),
                TextCol("采购品目", "Procurement item"),
                TextCol("购买服务指导性目录", "Purchased services guidance catalogue"),
                TextCol("购买服务三级目录", "Purchased services level-3 catalogue"),
                TextCol("规格型号", "Specification"),
                TextCol("采购数量", "Quantity"),
                TextCol("计量单位", "Unit of measure"),
                TextCol("采购时间", "Procurement time"),
                .. FundColumns(null),
            ]),
        printedFormulas: List("合计 = 财政拨款 + 上级专项 + 纳入专户管理的非税 + 社报专户 + 其他资金安排 + 往来", "往来 = 单位往来 + 国库往来"));

    /// <summary>
    /// <c>L11</c> 政府购买服务表 (printed 十一): 合计 → 部门 → 单位 (unit keys, explicit parents) → one row per purchased
    /// service, keyed by an item key <c>项目名称/采购品目</c> matching the row of <see cref="GovernmentProcurement"/>
    /// where the service is also procured. Text columns give the functional subject (类 款 项), the project and the
    /// 政府购买服务目录 (一级目录, 二级目录); amount columns (栏次 10–18) give 总计 (合计), the 资金来源 and 往来.
    /// </summary>
    public static TableDefinition PurchasedServices { get; } = new(
        "L11",
        "政府购买服务表",
        "Government purchased services budget (older layout)",
        DisclosureKind.Budget,
        Kinds(Total, Unit, RowKeyKind.Item),
        List<ColumnDefinition>(
            [
                TextCol("单位代码", "Unit code"),
                TextCol("功能科目编码", "Functional subject code (类 款 项)"),
                TextCol("科目名称", "Functional subject name"),
                TextCol("项目名称", "Project name"),
                TextCol("一级目录", "Catalogue level 1"),
                TextCol("二级目录", "Catalogue level 2"),
                .. FundColumns(10),
            ]),
        printedFormulas: List("合计 = 财政拨款 + 上级专项 + 纳入专户管理的非税 + 社报专户 + 其他资金安排 + 往来", "往来 = 单位往来 + 国库往来"));

    /// <summary>Every older-layout table kind defined here, in printed order.</summary>
    public static EquatableArray<TableDefinition> All { get; } = List(
        AppropriationSummary,
        ThreePublicExpensesByFunction,
        GovernmentFundExpenditureByUnit,
        IncomeExpenditureSummary,
        IncomeSummary,
        ProjectExpenditureDetail,
        GovernmentProcurement,
        PurchasedServices);

    private static LineDefinition[] ExpenditureLines() =>
    [
        Item("本年支出合计", Expenditure),
        Item("结转下年", Expenditure),
        Item("支出总计", Expenditure),
        Item("基本支出", Expenditure),
        Item("基本支出.工资福利支出", Expenditure),
        Item("基本支出.对个人和家庭的补助", Expenditure),
        Item("基本支出.公用经费支出", Expenditure),
        Item("项目支出", Expenditure),
        Item("上缴上级支出", Expenditure),
        Item("对附属单位补助支出", Expenditure),
        Item("事业单位经营支出", Expenditure),
        Item("支出类别.本年支出合计", Expenditure),
        Item("支出类别.结转下年", Expenditure),
        Item("支出类别.支出总计", Expenditure),
    ];

    private static ColumnDefinition[] FundColumns(int? firstNumber) =>
    [
        Col("合计", "Total", firstNumber, nameZh: "总计"),
        Col("财政拨款", "Fiscal appropriation (subsidy)", firstNumber + 1, group: "资金来源", nameZh: "财政拨款（补助）"),
        Col("上级专项", "Special funds from higher level", firstNumber + 2, group: "资金来源"),
        Col("纳入专户管理的非税", "Non-tax revenue in special accounts", firstNumber + 3, group: "资金来源", nameZh: "纳入专户管理的非税（教育）"),
        Col("社报专户", "Social insurance special account", firstNumber + 4, group: "资金来源"),
        Col("其他资金安排", "Other funds", firstNumber + 5, group: "资金来源"),
        Col("往来", "Current accounts", firstNumber + 6, group: "往来", nameZh: "小计"),
        Col("单位往来", "Unit current accounts", firstNumber + 7, group: "往来"),
        Col("国库往来", "Treasury current accounts", firstNumber + 8, group: "往来"),
    ];
}
