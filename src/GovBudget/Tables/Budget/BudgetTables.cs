using GovBudget.Collections;
using static GovBudget.Tables.RowKeyKind;
using static GovBudget.Tables.TableDefinitionFactory;

namespace GovBudget.Tables.Budget;

/// <summary>
/// The budget table set of the current layout (部门预算公开表 表1–表10, as in 武昌区医疗保障局 2026). 表11 and 表12
/// are structured documents: see <see cref="Performance.OverallPerformanceGoal"/> and
/// <see cref="Performance.ProjectPerformanceGoal"/>.
/// </summary>
public static class BudgetTables
{
    private const string Income = "收入";
    private const string Expenditure = "支出";

    /// <summary>表1 部门收支总表: income lines, expenditure by 类, totals; one column 预算数.</summary>
    public static TableDefinition IncomeExpenditureSummary { get; } = new(
        "表1",
        "部门收支总表",
        "Department income and expenditure summary",
        DisclosureKind.Budget,
        Kinds(RowKeyKind.Item, Functional),
        List(Col("预算数", "Budget")),
        List(
            Item("一般公共预算拨款收入", Income),
            Item("政府性基金预算拨款收入", Income),
            Item("国有资本经营预算拨款收入", Income),
            Item("财政专户管理资金收入", Income),
            Item("事业收入", Income),
            Item("事业单位经营收入", Income),
            Item("上级补助收入", Income),
            Item("附属单位上缴收入", Income),
            Item("其他收入", Income),
            Item("本年收入合计", Income),
            Item("上年结转结余", Income),
            Item("收入总计", Income),
            Item("本年支出合计", Expenditure),
            Item("年终结转结余", Expenditure),
            Item("支出总计", Expenditure)),
        List("本年收入合计 = 一 + … + 九", "收入总计 = 本年收入合计 + 上年结转结余", "本年支出合计 = Σ 类", "支出总计 = 本年支出合计 + 年终结转结余", "收入总计 = 支出总计"));

    /// <summary>表2 部门收入总表 (current layout: rows by department and unit).</summary>
    public static TableDefinition IncomeSummary { get; } = new(
        "表2",
        "部门收入总表",
        "Department income summary",
        DisclosureKind.Budget,
        Kinds(Total, Unit, Functional),
        List(
            Col("合计", "Total"),
            Col("本年收入", "Current-year income", group: "本年收入", nameZh: "小计"),
            Col("一般公共预算", "General public budget", group: "本年收入"),
            Col("政府性基金预算", "Government fund budget", group: "本年收入"),
            Col("国有资本经营预算", "State capital operation budget", group: "本年收入"),
            Col("财政专户管理资金", "Special financial account funds", group: "本年收入"),
            Col("事业收入", "Public institution revenue", group: "本年收入"),
            Col("事业单位经营收入", "Business revenue of public institutions", group: "本年收入"),
            Col("上级补助收入", "Subsidies from higher level", group: "本年收入"),
            Col("附属单位上缴收入", "Remittances from affiliated units", group: "本年收入"),
            Col("其他收入", "Other income", group: "本年收入"),
            Col("上年结转结余", "Carry-over from last year", group: "上年结转结余", nameZh: "小计"),
            Col("上年结转结余.一般公共预算", "Carry-over: general public budget", group: "上年结转结余", nameZh: "一般公共预算"),
            Col("上年结转结余.政府性基金预算", "Carry-over: government funds", group: "上年结转结余", nameZh: "政府性基金预算"),
            Col("上年结转结余.国有资本经营预算", "Carry-over: state capital", group: "上年结转结余", nameZh: "国有资本经营预算"),
            Col("上年结转结余.财政专户管理资金", "Carry-over: special account funds", group: "上年结转结余", nameZh: "财政专户管理资金"),
            Col("上年结转结余.单位资金", "Carry-over: unit funds", group: "上年结转结余", nameZh: "单位资金")),
        printedFormulas: List("合计 = 本年收入 + 上年结转结余", "本年收入 = 一般公共预算 + … + 其他收入", "上年结转结余 = 一般公共预算 + … + 单位资金"));

    /// <summary>表3 部门支出总表: functional subject tree.</summary>
    public static TableDefinition ExpenditureSummary { get; } = new(
        "表3",
        "部门支出总表",
        "Department expenditure summary",
        DisclosureKind.Budget,
        Kinds(Total, Functional),
        List(
            Col("合计", "Total"),
            Col("基本支出", "Basic expenditure"),
            Col("项目支出", "Project expenditure"),
            Col("上缴上级支出", "Remittances to higher level"),
            Col("对附属单位补助支出", "Subsidies to affiliated units"),
            Col("事业单位经营支出", "Business expenditure of public institutions"),
            Col("结转下年", "Carried to next year")),
        printedFormulas: List("合计 = 基本支出 + 项目支出 + 上缴上级支出 + 对附属单位补助支出 + 事业单位经营支出 + 结转下年"));

    /// <summary>表4 财政拨款收支总表: fiscal appropriation income by fund and expenditure by 类.</summary>
    public static TableDefinition AppropriationSummary { get; } = new(
        "表4",
        "财政拨款收支总表",
        "Fiscal appropriation income and expenditure summary",
        DisclosureKind.Budget,
        Kinds(RowKeyKind.Item, Functional),
        List(Col("预算数", "Budget")),
        List(
            Item("本年收入", Income),
            Item("本年收入.一般公共预算拨款", Income),
            Item("本年收入.政府性基金预算拨款", Income),
            Item("本年收入.国有资本经营预算拨款", Income),
            Item("上年结转", Income),
            Item("上年结转.一般公共预算拨款", Income),
            Item("上年结转.政府性基金预算拨款", Income),
            Item("上年结转.国有资本经营预算拨款", Income),
            Item("收入总计", Income),
            Item("本年支出", Expenditure),
            Item("年终结转结余", Expenditure),
            Item("支出总计", Expenditure)),
        List("本年收入 = Σ 本年收入.*", "上年结转 = Σ 上年结转.*", "收入总计 = 本年收入 + 上年结转", "本年支出 = Σ 类", "支出总计 = 本年支出 + 年终结转结余", "收入总计 = 支出总计"));

    /// <summary>表5-1 一般公共预算支出表(分功能科目).</summary>
    public static TableDefinition GeneralBudgetByFunction { get; } = new(
        "表5-1",
        "一般公共预算支出表(分功能科目)",
        "General public budget expenditure by function",
        DisclosureKind.Budget,
        Kinds(Total, Functional),
        GeneralBudgetColumns(),
        printedFormulas: List("合计 = 基本支出 + 项目支出", "基本支出 = 人员经费 + 公用经费"));

    /// <summary>表5-2 一般公共预算支出表(分单位).</summary>
    public static TableDefinition GeneralBudgetByUnit { get; } = new(
        "表5-2",
        "一般公共预算支出表(分单位)",
        "General public budget expenditure by unit",
        DisclosureKind.Budget,
        Kinds(Total, Unit),
        GeneralBudgetColumns(),
        printedFormulas: List("合计 = 基本支出 + 项目支出", "基本支出 = 人员经费 + 公用经费"));

    /// <summary>表6 一般公共预算基本支出表: 部门预算支出经济分类 tree.</summary>
    public static TableDefinition GeneralBudgetBasicByEconomic { get; } = new(
        "表6",
        "一般公共预算基本支出表",
        "General public budget basic expenditure by economic classification",
        DisclosureKind.Budget,
        Kinds(Total, Economic),
        List(Col("合计", "Total"), Col("人员经费", "Personnel"), Col("公用经费", "Public (running) costs")),
        printedFormulas: List("合计 = 人员经费 + 公用经费"));

    /// <summary>表7 一般公共预算"三公"经费支出表: one row.</summary>
    public static TableDefinition ThreePublicExpenses { get; } = new(
        "表7",
        "一般公共预算“三公”经费支出表",
        "General public budget \"three public\" expenses",
        DisclosureKind.Budget,
        Kinds(Total),
        List(
            Col("合计", "Total", nameZh: "“三公”经费合计"),
            Col("因公出国(境)费", "Official overseas travel"),
            Col("公务用车购置及运行费", "Official vehicles", nameZh: "小计", group: "公务用车购置及运行费"),
            Col("公务用车购置费", "Vehicle purchase", group: "公务用车购置及运行费"),
            Col("公务用车运行费", "Vehicle operation", group: "公务用车购置及运行费"),
            Col("公务接待费", "Official hospitality")),
        printedFormulas: List("合计 = 因公出国(境)费 + 公务用车购置及运行费 + 公务接待费", "公务用车购置及运行费 = 公务用车购置费 + 公务用车运行费"));

    /// <summary>表8 政府性基金预算支出表.</summary>
    public static TableDefinition GovernmentFundExpenditure { get; } = new(
        "表8",
        "政府性基金预算支出表",
        "Government fund budget expenditure",
        DisclosureKind.Budget,
        Kinds(Total, Functional),
        List(Col("合计", "Total"), Col("基本支出", "Basic expenditure"), Col("项目支出", "Project expenditure")),
        printedFormulas: List("合计 = 基本支出 + 项目支出"));

    /// <summary>表9 国有资本经营预算支出表.</summary>
    public static TableDefinition StateCapitalExpenditure { get; } = new(
        "表9",
        "国有资本经营预算支出表",
        "State capital operation budget expenditure",
        DisclosureKind.Budget,
        Kinds(Total, Functional),
        List(Col("合计", "Total"), Col("基本支出", "Basic expenditure"), Col("项目支出", "Project expenditure")),
        printedFormulas: List("合计 = 基本支出 + 项目支出"));

    /// <summary>表10 项目支出表: 部门 → 单位 → 项目类别 → 项目.</summary>
    public static TableDefinition ProjectExpenditure { get; } = new(
        "表10",
        "项目支出表",
        "Project expenditure",
        DisclosureKind.Budget,
        Kinds(Total, Unit, Category, Project),
        List(
            TextCol("项目单位", "Project unit"),
            Col("合计", "Total"),
            Col("本年拨款.一般公共预算", "Appropriation: general public budget", group: "本年拨款", nameZh: "一般公共预算"),
            Col("本年拨款.政府性基金预算", "Appropriation: government funds", group: "本年拨款", nameZh: "政府性基金预算"),
            Col("本年拨款.国有资本经营预算", "Appropriation: state capital", group: "本年拨款", nameZh: "国有资本经营预算"),
            Col("结转结余.一般公共预算", "Carry-over: general public budget", group: "财政拨款结转结余", nameZh: "一般公共预算"),
            Col("结转结余.政府性基金预算", "Carry-over: government funds", group: "财政拨款结转结余", nameZh: "政府性基金预算"),
            Col("结转结余.国有资本经营预算", "Carry-over: state capital", group: "财政拨款结转结余", nameZh: "国有资本经营预算"),
            Col("财政专户管理资金", "Special financial account funds"),
            Col("单位资金", "Unit funds")),
        printedFormulas: List("合计 = 本年拨款 + 财政拨款结转结余 + 财政专户管理资金 + 单位资金"));

    /// <summary>
    /// 政府采购预算表 as printed by units (黄陂区医疗保障服务中心 2023, in 元): one row per procurement item with its
    /// unit, project, 品目, subjects and funds as text, and the amounts 采购金额（合计） ≥ 其中面向中小企业 ≥ 其中面向小微企业.
    /// </summary>
    public static TableDefinition GovernmentProcurementBudget { get; } = new(
        "政府采购预算表",
        "政府采购预算表",
        "Government procurement budget",
        DisclosureKind.Budget,
        Kinds(Total, Unit, Project, Category),
        List(
            TextCol("序号", "No."),
            TextCol("单位", "Unit"),
            TextCol("项目", "Project"),
            TextCol("政府采购品目", "Procurement catalogue item"),
            TextCol("支出功能分类科目", "Functional subject"),
            TextCol("部门支出经济分类", "Economic subject"),
            TextCol("资金来源", "Source of funds"),
            TextCol("资金性质", "Nature of funds"),
            TextCol("采购数量", "Quantity"),
            Col("单价", "Unit price"),
            TextCol("项目类别", "Item category"),
            TextCol("是否政府采购", "Government procurement?"),
            Col("采购金额", "Procurement amount (total)", group: "采购金额", nameZh: "采购金额（合计）"),
            Col("面向中小企业", "Of which reserved for SMEs", group: "采购金额", nameZh: "其中面向中小企业"),
            Col("面向小微企业", "Of which reserved for small and micro enterprises", group: "采购金额", nameZh: "其中面向小微企业")),
        printedFormulas: List("面向小微企业 ≤ 面向中小企业 ≤ 采购金额"));

    /// <summary>Every table kind of the current budget layout, in printed order.</summary>
    public static EquatableArray<TableDefinition> All { get; } = List(
        IncomeExpenditureSummary,
        IncomeSummary,
        ExpenditureSummary,
        AppropriationSummary,
        GeneralBudgetByFunction,
        GeneralBudgetByUnit,
        GeneralBudgetBasicByEconomic,
        ThreePublicExpenses,
        GovernmentFundExpenditure,
        StateCapitalExpenditure,
        ProjectExpenditure,
        GovernmentProcurementBudget);

    private static EquatableArray<ColumnDefinition> GeneralBudgetColumns() => List(
        Col("合计", "Total"),
        Col("基本支出", "Basic expenditure", group: "基本支出", nameZh: "小计"),
        Col("人员经费", "Personnel", group: "基本支出"),
        Col("公用经费", "Public (running) costs", group: "基本支出"),
        Col("项目支出", "Project expenditure"));
}
