using GovBudget.Amounts;
using GovBudget.Building;
using GovBudget.Classification;
using GovBudget.Disclosures;
using GovBudget.Tables;
using GovBudget.Tables.Budget;
using GovBudget.Tables.Performance;

namespace GovBudget.Tests.Fixtures.Seeds;

/// <summary>
/// 武汉市武昌区医疗保障局 2026 年部门预算, transcribed through the builder from
/// <c>shared/seeds/wuchang-2026-budget.txt</c>. Every number was checked against the seed text and is kept exactly as
/// printed, including the document's own slips (the rule engine has to find them).
/// </summary>
/// <remarks>
/// The text of 第一部分 二、部门机构设置 lists two budget units (本级 and 武汉市武昌区医疗保障服务中心), but 表2, 表5-2
/// and 表10 print only the department 506 and the unit 506001; the fixture transcribes what the tables print.
/// </remarks>
public static class WuchangBudget2026
{
    private const string Department = "武昌区医疗保障局";
    private const string UnitName = "武昌区医疗保障局本级";
    private const string ProjectCategory = "本级支出项目";
    private const string PropertyProject = "区医保经办机构物业管理服务费";
    private const string ServiceProject = "医保经办政府购买服务经费";
    private const string SupervisionProject = "医保基金监管专项经费";

    private static readonly Lazy<BudgetDisclosure> Instance = new(() => (BudgetDisclosure)Builder().Build());

    /// <summary>The disclosure (built once).</summary>
    public static BudgetDisclosure Disclosure => Instance.Value;

    /// <summary>A fresh builder holding the whole disclosure, for tests that change it before building.</summary>
    public static DisclosureBuilder Builder()
    {
        var b = DisclosureBuilder.Budget(2026)
            .Department("506", "武汉市武昌区医疗保障局")
            .Unit("506001", UnitName, UnitKind.Administrative);

        AddSummaryTables(b);
        AddGeneralBudgetTables(b);
        AddOtherTables(b);
        b.OverallGoal(OverallGoal());
        b.ProjectGoal(PropertyGoal());
        b.ProjectGoal(ServiceGoal());
        b.ProjectGoal(SupervisionGoal());
        AddPriorFigures(b);
        AddFigures(b);
        AddStatements(b);
        return b;
    }

    /// <summary>A figure with the precision it is printed at (<c>"79.008"</c> → 3 decimals, <c>"10"</c> → whole 万元).</summary>
    private static ReportedValue V(string printed) => ReportedValue.Parse(printed + "万元");

    private static RowKey F(string code) => RowKey.Functional(FunctionalCode.Parse(code));

    private static IndicatorValue I(string printed) => IndicatorValue.Parse(printed);

    private static PerformanceIndicator Indicator(string level1, string level2, string level3, string target, string? basis, params string[] history)
        => new(level1, level2, level3, I(target))
        {
            Basis = basis,
            History = history.Select(I).ToArray(),
        };

    private static void AddSummaryTables(DisclosureBuilder b)
    {
        // 表1 部门收支总表 (seed: "表 1. 部门收支总表" / "收支总表", 单位：万元). Expenditure lines print only the 类 name
        // with a Chinese ordinal; the codes are those of the 类 named. Blank lines are transcribed as blank.
        b.Table(BudgetTables.IncomeExpenditureSummary, t => t
            .Item("一般公共预算拨款收入", "933.79")
            .Item("政府性基金预算拨款收入", "")
            .Item("国有资本经营预算拨款收入", "")
            .Item("财政专户管理资金收入", "")
            .Item("事业收入", "")
            .Item("事业单位经营收入", "")
            .Item("上级补助收入", "")
            .Item("附属单位上缴收入", "")
            .Item("其他收入", "")
            .Item("本年收入合计", "933.79")
            .Item("上年结转结余", "")
            .Item("收入总计", "933.79")
            .Row("201", "一般公共服务支出", "")
            .Row("203", "国防支出", "")
            .Row("204", "公共安全支出", "")
            .Row("205", "教育支出", "")
            .Row("206", "科学技术支出", "")
            .Row("207", "文化旅游体育与传媒支出", "")
            .Row("208", "社会保障和就业支出", "34.37")
            .Row("210", "卫生健康支出", "836.65")
            .Row("211", "节能环保支出", "")
            .Row("212", "城乡社区支出", "")
            .Row("213", "农林水支出", "")
            .Row("214", "交通运输支出", "")
            .Row("215", "资源勘探工业信息等支出", "")
            .Row("216", "商业服务业等支出", "")
            .Row("217", "金融支出", "")
            .Row("219", "援助其他地区支出", "")
            .Row("220", "自然资源海洋气象等支出", "")
            .Row("221", "住房保障支出", "62.77")
            .Row("222", "粮油物资储备支出", "")
            .Row("223", "国有资本经营预算支出", "")
            .Row("224", "灾害防治及应急管理支出", "")
            .Row("229", "其他支出", "")
            .Row("231", "债务还本支出", "")
            .Row("232", "债务付息支出", "")
            .Row("233", "债务发行费用支出", "")
            .Item("本年支出合计", "933.79")
            .Item("年终结转结余", "")
            .Item("支出总计", "933.79"));

        // 表2 部门收入总表 (seed: "表 2. 部门收入总表" / "收入总表"): rows by department and unit. Columns as printed:
        // 合计, 本年收入 (小计, 一般公共预算, 政府性基金预算, 国有资本经营预算, 财政专户管理资金, 事业收入, 事业单位经营收入,
        // 上级补助收入, 附属单位上缴收入), 上年结转结余. The kind's 其他收入 column is not printed.
        b.Table(BudgetTables.IncomeSummary, t => t
            .Columns("合计", "本年收入", "一般公共预算", "政府性基金预算", "国有资本经营预算", "财政专户管理资金", "事业收入", "事业单位经营收入", "上级补助收入", "附属单位上缴收入", "上年结转结余")
            .Total("933.79", "933.79", "933.79", "", "", "", "", "", "", "", "")
            .Row(RowKey.Unit("506"), Department, "933.79", "933.79", "933.79", "", "", "", "", "", "", "", "")
            .Row(RowKey.Unit("506001"), UnitName, "933.79", "933.79", "933.79", "", "", "", "", "", "", "", ""));

        // 表3 部门支出总表 (seed: "表 3. 部门支出总表" / "支出总表"): only 合计, 基本支出, 项目支出 are printed.
        b.Table(BudgetTables.ExpenditureSummary, t => t
            .Columns("合计", "基本支出", "项目支出")
            .Total("933.79", "524.86", "408.93")
            .Row("208", "社会保障和就业支出", "34.37", "34.37", "")
            .Row("20805", "行政事业单位养老支出", "34.37", "34.37", "")
            .Row("2080501", "行政单位离退休", "0.10", "0.10", "")
            .Row("2080505", "机关事业单位基本养老保险缴费支出", "34.27", "34.27", "")
            .Row("210", "卫生健康支出", "836.65", "427.72", "408.93")
            .Row("21011", "行政事业单位医疗", "40.13", "40.13", "")
            .Row("2101101", "行政单位医疗", "7.56", "7.56", "")
            .Row("2101102", "事业单位医疗", "9.57", "9.57", "")
            .Row("2101103", "公务员医疗补助", "22.99", "22.99", "")
            .Row("21015", "医疗保障管理事务", "796.52", "387.59", "408.93")
            .Row("2101501", "行政运行", "234.61", "234.61", "")
            .Row("2101502", "一般行政管理事务", "89.01", "", "89.01")
            .Row("2101506", "医疗保障经办事务", "319.92", "", "319.92")
            .Row("2101550", "事业运行", "152.98", "152.98", "")
            .Row("221", "住房保障支出", "62.77", "62.77", "")
            .Row("22102", "住房改革支出", "62.77", "62.77", "")
            .Row("2210201", "住房公积金", "38.77", "38.77", "")
            .Row("2210202", "提租补贴", "6.69", "6.69", "")
            .Row("2210203", "购房补贴", "17.30", "17.30", ""));

        // 表4 财政拨款收支总表 (seed: "表 4. 财政拨款收支总表"). Expenditure lines by 类 as in 表1.
        b.Table(BudgetTables.AppropriationSummary, t => t
            .Item("本年收入", "933.79")
            .Item("本年收入.一般公共预算拨款", "933.79")
            .Item("本年收入.政府性基金预算拨款", "")
            .Item("本年收入.国有资本经营预算拨款", "")
            .Item("上年结转", "")
            .Item("上年结转.一般公共预算拨款", "")
            .Item("上年结转.政府性基金预算拨款", "")
            .Item("上年结转.国有资本经营预算拨款", "")
            .Item("收入总计", "933.79")
            .Item("本年支出", "933.79")
            .Row("201", "一般公共服务支出", "")
            .Row("203", "国防支出", "")
            .Row("204", "公共安全支出", "")
            .Row("205", "教育支出", "")
            .Row("206", "科学技术支出", "")
            .Row("207", "文化旅游体育与传媒支出", "")
            .Row("208", "社会保障和就业支出", "34.37")
            .Row("210", "卫生健康支出", "836.65")
            .Row("211", "节能环保支出", "")
            .Row("212", "城乡社区支出", "")
            .Row("213", "农林水支出", "")
            .Row("214", "交通运输支出", "")
            .Row("215", "资源勘探工业信息等支出", "")
            .Row("216", "商业服务业等支出", "")
            .Row("217", "金融支出", "")
            .Row("219", "援助其他地区支出", "")
            .Row("220", "自然资源海洋气象等支出", "")
            .Row("221", "住房保障支出", "62.77")
            .Row("222", "粮油物资储备支出", "")
            .Row("223", "国有资本经营预算支出", "")
            .Row("224", "灾害防治及应急管理支出", "")
            .Row("229", "其他支出", "")
            .Row("231", "债务还本支出", "")
            .Row("232", "债务付息支出", "")
            .Row("233", "债务发行费用支出", "")
            .Item("年终结转结余", "")
            .Item("支出总计", "933.79"));
    }

    private static void AddGeneralBudgetTables(DisclosureBuilder b)
    {
        // 表5-1 一般公共预算支出表(分功能科目) (seed: "表 5-1. 一般公共预算支出表(分功能科目)").
        // Columns: 合计, 基本支出 (小计, 人员经费, 公用经费), 项目支出. Kept as printed, including 尾差:
        // 21011 = 40.13 while its items give 40.12; 22102 = 62.77 while its items give 62.76; 2101501 基本支出 234.61
        // while 140.10 + 94.52 = 234.62; 21015 人员经费 293.07 while 140.10 + 152.98 = 293.08.
        b.Table(BudgetTables.GeneralBudgetByFunction, t => t
            .Total("933.79", "524.86", "430.24", "94.62", "408.93")
            .Row("208", "社会保障和就业支出", "34.37", "34.37", "34.27", "0.10", "")
            .Row("20805", "行政事业单位养老支出", "34.37", "34.37", "34.27", "0.10", "")
            .Row("2080501", "行政单位离退休", "0.10", "0.10", "0.00", "0.10", "")
            .Row("2080505", "机关事业单位基本养老保险缴费支出", "34.27", "34.27", "34.27", "", "")
            .Row("210", "卫生健康支出", "836.65", "427.72", "333.20", "94.52", "408.93")
            .Row("21011", "行政事业单位医疗", "40.13", "40.13", "40.13", "0.00", "")
            .Row("2101101", "行政单位医疗", "7.56", "7.56", "7.56", "", "")
            .Row("2101102", "事业单位医疗", "9.57", "9.57", "9.57", "", "")
            .Row("2101103", "公务员医疗补助", "22.99", "22.99", "22.99", "", "")
            .Row("21015", "医疗保障管理事务", "796.52", "387.59", "293.07", "94.52", "408.93")
            .Row("2101501", "行政运行", "234.61", "234.61", "140.10", "94.52", "")
            .Row("2101502", "一般行政管理事务", "89.01", "", "", "", "89.01")
            .Row("2101506", "医疗保障经办事务", "319.92", "", "", "", "319.92")
            .Row("2101550", "事业运行", "152.98", "152.98", "152.98", "", "")
            .Row("221", "住房保障支出", "62.77", "62.77", "62.77", "", "")
            .Row("22102", "住房改革支出", "62.77", "62.77", "62.77", "", "")
            .Row("2210201", "住房公积金", "38.77", "38.77", "38.77", "", "")
            .Row("2210202", "提租补贴", "6.69", "6.69", "6.69", "", "")
            .Row("2210203", "购房补贴", "17.30", "17.30", "17.30", "", ""));

        // 表5-2 一般公共预算支出表(分单位) (seed: "表 5-2. 一般公共预算支出表(分单位)").
        b.Table(BudgetTables.GeneralBudgetByUnit, t => t
            .Total("933.79", "524.86", "430.24", "94.62", "408.93")
            .Row(RowKey.Unit("506"), Department, "933.79", "524.86", "430.24", "94.62", "408.93")
            .Row(RowKey.Unit("506001"), UnitName, "933.79", "524.86", "430.24", "94.62", "408.93"));

        // 表6 一般公共预算基本支出表 (seed: "表 6. 一般公共预算基本支出表"): 部门预算支出经济分类.
        b.Table(BudgetTables.GeneralBudgetBasicByEconomic, t => t
            .Total("524.86", "430.24", "94.62")
            .Row("301", "工资福利支出", "429.14", "429.14", "")
            .Row("30101", "基本工资", "76.70", "76.70", "")
            .Row("30102", "津贴补贴", "54.68", "54.68", "")
            .Row("30103", "奖金", "73.12", "73.12", "")
            .Row("30107", "绩效工资", "110.02", "110.02", "")
            .Row("30108", "机关事业单位基本养老保险缴费", "34.27", "34.27", "")
            .Row("30110", "职工基本医疗保险缴费", "17.14", "17.14", "")
            .Row("30111", "公务员医疗补助缴费", "21.89", "21.89", "")
            .Row("30112", "其他社会保障缴费", "2.55", "2.55", "")
            .Row("30113", "住房公积金", "38.77", "38.77", "")
            .Row("302", "商品和服务支出", "89.62", "", "89.62")
            .Row("30201", "办公费", "16.56", "", "16.56")
            .Row("30205", "水费", "1.20", "", "1.20")
            .Row("30206", "电费", "22.80", "", "22.80")
            .Row("30207", "邮电费", "6.00", "", "6.00")
            .Row("30216", "培训费", "2.16", "", "2.16")
            .Row("30217", "公务接待费", "0.42", "", "0.42")
            .Row("30227", "委托业务费", "28.90", "", "28.90")
            .Row("30228", "工会经费", "4.93", "", "4.93")
            .Row("30239", "其他交通费用", "6.55", "", "6.55")
            .Row("30299", "其他商品和服务支出", "0.10", "", "0.10")
            .Row("303", "对个人和家庭的补助", "1.10", "1.10", "")
            .Row("30307", "医疗费补助", "1.10", "1.10", "")
            .Row("310", "资本性支出", "5.00", "", "5.00")
            .Row("31002", "办公设备购置", "5.00", "", "5.00"));

        // 表7 一般公共预算“三公”经费支出表 (seed: "表 7. 一般公共预算“三公”经费支出表"): one row.
        b.Table(BudgetTables.ThreePublicExpenses, t => t
            .Total("0.42", "", "", "", "", "0.42"));
    }

    private static void AddOtherTables(DisclosureBuilder b)
    {
        // 表8 政府性基金预算支出表 (seed: "表 8. 政府性基金预算支出表"): no rows, only the remark.
        b.Table(BudgetTables.GovernmentFundExpenditure, t => t
            .Remark("备注:本单位 2026 年没有使用政府性基金拨款安排的支出"));

        // 表9 国有资本经营预算支出表 (seed: "表 9. 国有资本经营预算支出表"): no rows, only the remark.
        b.Table(BudgetTables.StateCapitalExpenditure, t => t
            .Remark("备注:本单位 2026 年没有使用国有资本经营预算安排的支出"));

        // 表10 项目支出情况表 (seed: "表 10. 项目支出情况表" / "项目支出表"): 部门 → 单位 → 项目类别 → 项目. 表10 prints no
        // 项目编码, so projects are keyed by their printed names. The first (unlabelled) row is the 合计 row.
        var department = RowKey.Unit("506");
        var unit = RowKey.Unit("506001");
        var category = RowKey.Category(ProjectCategory);
        b.Table(BudgetTables.ProjectExpenditure, t => t
            .Total("", "408.93", "408.93", "", "", "", "", "", "", "")
            .Row(department, Department, "", "408.93", "408.93", "", "", "", "", "", "", "")
            .Row(unit, UnitName, department, "", "408.93", "408.93", "", "", "", "", "", "", "")
            .Row(category, ProjectCategory, unit, "", "408.93", "408.93", "", "", "", "", "", "", "")
            .Row(RowKey.Project(SupervisionProject), SupervisionProject, category, UnitName, "10.00", "10.00", "", "", "", "", "", "", "")
            .Row(RowKey.Project(ServiceProject), ServiceProject, category, UnitName, "319.92", "319.92", "", "", "", "", "", "", "")
            .Row(RowKey.Project(PropertyProject), PropertyProject, category, UnitName, "79.01", "79.01", "", "", "", "", "", "", ""));
    }

    // 表11 整体支出绩效目标表 (seed: "表 11. 整体支出绩效目标表" / "部门整体支出绩效目标申报表", 填报日期 2025 年 10 月 11 日).
    private static OverallPerformanceGoal OverallGoal() => new(Department)
    {
        // 收入构成: 当年金额, 占比, 近两年收支金额 (2024 年, 2025 年). 财政专户管理资金 and 单位资金 print 占比 "0"
        // without a % sign; transcribed as 0%.
        Income = new[]
        {
            new CompositionLine("财政拨款", V("933.79"), Percentage.Parse("100%")) { PriorYears = new[] { new YearAmount(2024, V("245.06")), new YearAmount(2025, V("300.44")) } },
            new CompositionLine("财政专户管理资金", V("0"), Percentage.Parse("0%")) { PriorYears = new[] { new YearAmount(2024, V("0")), new YearAmount(2025, V("0")) } },
            new CompositionLine("单位资金", V("0"), Percentage.Parse("0%")) { PriorYears = new[] { new YearAmount(2024, V("0")), new YearAmount(2025, V("0")) } },
            new CompositionLine("合计", V("933.79"), Percentage.Parse("100%")) { PriorYears = new[] { new YearAmount(2024, V("245.06")), new YearAmount(2025, V("300.44")) } },
        },

        // 支出构成. 特定目标类 2024 is printed "18" (no decimals). The 2025 合计 300.44 is 0.10 below the
        // 933.79 − 633.25 = 300.54 implied by the narrative's change of 633.25 (the 2025 bases implied by the per-项
        // changes in 五（三） add up to 300.55).
        Expenditure = new[]
        {
            new CompositionLine("人员类项目支出", V("430.24"), Percentage.Parse("46%")) { PriorYears = new[] { new YearAmount(2024, V("181.99")), new YearAmount(2025, V("227.80")) } },
            new CompositionLine("运转类项目支出", V("94.62"), Percentage.Parse("10%")) { PriorYears = new[] { new YearAmount(2024, V("45.07")), new YearAmount(2025, V("32.92")) } },
            new CompositionLine("特定目标类项目支出", V("408.93"), Percentage.Parse("44%")) { PriorYears = new[] { new YearAmount(2024, V("18")), new YearAmount(2025, V("39.72")) } },
            new CompositionLine("合计", V("933.79"), Percentage.Parse("100%")) { PriorYears = new[] { new YearAmount(2024, V("245.06")), new YearAmount(2025, V("300.44")) } },
        },

        // 项目支出情况: 项目总预算 and 项目本年度预算 printed with three decimals for the property project.
        Projects = new[]
        {
            new GoalProject("区医保经办机构物业管理服务费", ProjectCategory, V("79.008"), V("79.008"), "武昌区医疗保障服务中心入驻武昌区政务服务中心新大厅产生的资产租金和物业服务费，用于全面保障武昌区医疗保障服务中心办公与医保经办服务场所高效运行，为办事群众提供优质服务。"),
            new GoalProject("医保经办政府购买服务经费", ProjectCategory, V("319.92"), V("319.92"), "按武昌区医保局医疗保障服务中心窗口承接工作量所需开展医保经办服务,为辖区参保人提供政策咨询、问题解答、参保登记、待遇审核等医保经办业务服务。"),
            new GoalProject("医保监管项经费项目", ProjectCategory, V("10"), V("10"), "聘请第三方会计事务所对辖区602家定点医药机构开展核查。按照40%比例进行检查。"),
        },
        LongTermGoals = new[]
        {
            "目标 1：全面保障区医保经办机构办公与服务场所的安全、整洁、有序和高效运行。为办事群众提供一个安全、舒适、便捷的服务环境，提升公共服务效能。",
            "目标 2：落实好居民医保参保登记和保费征缴管理工作，提升城乡居民基本医疗保险参保管理工作质效。",
            "目标 3：不断充实专业监管力量，采用委托第三方提供技术支持的方式，对全区部分定点医疗机构、定点药店开展重点核查。同时，加强与我区医保基金监管专家库的沟通联系，主动宣传医保基金监管政策，提高医保基金监管水平，增强监管实效。",
        },
        AnnualGoals = new[]
        {
            "目标 1：有效提升医保经办大厅内部员工和外部群众的综合满意度，保障医保经办业务平稳高效运行。",
            "目标 2：开展辖区内的参保人员提供政策咨询、参保登记经办业务服务。",
            "目标 3：提高监管专业知识，进一步深入推进医疗保证基金智能审核和监控工作，开展全市定点药店违法违规问题专项整治的通知，宣传监管政策，提高监管水平。",
        },

        // 长期绩效指标. 医保基金规范使用率 is printed on the line after 时效指标 with its 二级指标 cell blank (carried down).
        LongTermIndicators = new[]
        {
            Indicator("成本指标", "经济成本指标", "中心租金物业费及档案室的运行维护等预算执行率", "≥95%", "计划标准"),
            Indicator("产出指标", "数量指标", "物业服务面积覆盖率", "100%", "计划标准"),
            Indicator("产出指标", "数量指标", "基本医疗保险参保人数", ">95%", "计划标准"),
            Indicator("产出指标", "数量指标", "第三方审计机构数量", "=80 家", "计划数据"),
            Indicator("产出指标", "数量指标", "审计整改完成率", "100%", "计划数据"),
            Indicator("产出指标", "质量指标", "公共环境设备维修及时率", "≥95%", "计划标准"),
            Indicator("产出指标", "质量指标", "医疗保险参保人业务完成率", "≥98%", "计划标准"),
            Indicator("产出指标", "质量指标", "药店违法违规问题专项整治", "≥ 95%", "计划数据"),
            Indicator("产出指标", "质量指标", "举报、投诉案件办结率", "≥ 95%", "计划数据"),
            Indicator("产出指标", "时效指标", "开展医疗保险参保人按时完成率", "100%", "计划标准"),
            Indicator("产出指标", "时效指标", "医保基金规范使用率", "≥ 95%", "计划数据"),
            Indicator("满意度指标", "服务对象满意度指标", "评议对象满意度", "≥ 95%", "计划数据"),
        },

        // 年度绩效指标: 指标值 as 前年, 上年, 当年, then 指标值确定依据. Unreadable spots:
        // - the 成本指标 row (中心租金物业费及档案室的运行维护等预算执行率) carries the column header "近两年指标值 前年 上年"
        //   instead of values; it is left out. The next row (物业服务面积覆盖率) prints 无 / 无 / ≥95%, which may be
        //   the cost row's values shifted down one line (the long-term value of the coverage rate is 100%); kept as printed.
        // - 医疗保险参保人业务完成率 prints four values (无, ≥98%, ≥98%, ≥98%) and no 依据: the fourth is kept as 依据.
        // - 医保基金规范使用率 has a blank 一级指标 cell; 产出指标 is carried down (二级 printed: 社会效益指标).
        AnnualIndicators = new[]
        {
            Indicator("产出指标", "数量指标", "物业服务面积覆盖率", "≥95%", "计划标准", "无", "无"),
            Indicator("产出指标", "数量指标", "基本医疗保险参保人数", ">95%", "计划标准", "无", ">95%"),
            Indicator("产出指标", "数量指标", "审计整改完成率", "≥95%", "计划数据", "≥95%", "≥95%"),
            Indicator("产出指标", "数量指标", "第三方审计机构数量", "=80 家", "计划数据", "=80 家", "=80 家"),
            Indicator("产出指标", "质量指标", "公共环境设备维修及时率", "≥95%", "计划标准", "无", "无"),
            Indicator("产出指标", "质量指标", "医疗保险参保人业务完成率", "≥98%", "≥98%", "无", "≥98%"),
            Indicator("产出指标", "质量指标", "药店违法违规问题专项整治", "≥95%", "计划数据", "≥95%", "≥95%"),
            Indicator("产出指标", "质量指标", "举报、投诉案件办结率", "≥95%", "计划数据", "≥95%", "≥95%"),
            Indicator("产出指标", "时效指标", "开展医疗保险参保人按时完成率", "100%", "计划标准", "无", "100%"),
            Indicator("产出指标", "社会效益指标", "医保基金规范使用率", "≥95%", "计划数据", "≥95%", "≥95%"),
            Indicator("满意度指标", "服务对象满意度指标", "评议对象满意度", "≥95%", "计划数据", "≥95%", "≥95%"),
        },
    };

    private static NamedAmount[] Funding(string amount) => new[]
    {
        new NamedAmount("合计", V(amount)),
        new NamedAmount("1. 一般公共预算财政拨款", V(amount)),
        new NamedAmount("其中：申请本级财力年初安排", V(amount)),
        new NamedAmount("2. 政府性基金预算财政拨款", null),
        new NamedAmount("3. 国有资本经营预算财政拨款", null),
        new NamedAmount("4. 财政专户管理资金", null),
        new NamedAmount("5. 单位资金", null),
        new NamedAmount("使用上年度财政拨款结转", null),
    };

    // 表12-1 项目支出绩效目标表 (seed: "部门项目申报表(含绩效目标)" for 医保经办机构物业管理服务费, then "表 12-1. 项目支出绩效目标表").
    private static ProjectPerformanceGoal PropertyGoal() => new("医保经办机构物业管理服务费")
    {
        TableId = "表12-1",
        ProjectCode = "42010626506T000000102",
        Department = Department,
        ExecutingUnit = Department,
        Manager = "柯越",
        Phone = "87253066",
        Address = "武昌区民主路 502 号",
        PostCode = "430060",
        Attribute = "常年性项目",
        Category = ProjectCategory,
        StartYear = 2026,
        EndYear = 2026,
        Reason = "根据《市医保制度改革工作领导小组办公室关于印发〈武汉市调整完善医疗保障经办管理体制工作方案〉的通知》（武医保改办文〔2024〕3号）要求，全市调整完善医疗保障经办管理体制，将中心城区医疗保障经办事权下放至各区。根据武昌区政府统筹安排，武昌区医疗保障服务中心于2025年7月成立，12月入驻武昌区政务服务中心新大厅产生的资产租金和物业服务费，用于全面保障武昌区医疗保障服务中心办公与服务场所运行，为办事群众提供优质服务。",
        Content = "医保中心入驻政务中心新大厅租金物业管理服务费",
        TotalBudget = V("79.008"),
        YearBudget = V("79.008"),
        BudgetHistory = "2025年预算0元；2026年预算79.008万元。",
        FundingSources = Funding("79.008"),

        // 项目支出明细测算: 57.24 = (63×700×12 + 45×80×12) 元 = 572,400 元; 21.768 = (25×700×12 + 8×80×12) 元 = 217,680 元.
        CostItems = new[]
        {
            new CostItem("医保大厅及档案室租金", "租赁费", V("57.24"))
            {
                EconomicCode = EconomicCode.Parse("30214"),
                Description = "政务中心医保大厅入驻租金、档案室租金",
                Basis = "按照区审批局通知收费标准：医保大厅办公楼面积共计700平方，每月租金63元/平方，63*700平方*12月=529200元；租赁档案室80平方，每月租金45元/平，45元*80平方*12月=43200元；",
            },
            new CostItem("医保大厅及档案室物业管理服务费", "物业管理费", V("21.768"))
            {
                EconomicCode = EconomicCode.Parse("30209"),
                Description = "政务中心医保大厅物业费、档案室物业费",
                Basis = "大厅每月物业费25元/平方，25*700平方*12月=210000元；档案室80平方，档案室物业费每月8元，8*80平方*12月=7680元。",
            },
        },
        Procurement = new[]
        {
            new ProcurementItem("租赁费", "12 个月", V("57.24")),
            new ProcurementItem("物业费", "12 个月", V("21.768")),
        },
        LongTermGoals = new[] { "全面保障区医保经办机构办公与服务场所的安全、整洁、有序和高效运行。为办事群众提供一个安全、舒适、便捷的服务环境，提升公共服务效能。" },
        AnnualGoals = new[] { "有效提升医保经办大厅内部员工和外部群众的综合满意度，保障医保经办业务平稳高效运行。" },

        // 长期绩效目标表: the extraction misplaces the level cells (产出指标 appears in the 二级 column); levels read as
        // 表11 prints the same indicators. 维护参保人员合法权益… is printed as 满意度指标 / 社会效益指标.
        LongTermIndicators = new[]
        {
            Indicator("成本指标", "经济成本指标", "中心租金物业费及档案室的运行维护等预算执行率", "≥95%", "计划标准") with { Goal = "长期绩效目标 1" },
            Indicator("产出指标", "数量指标", "物业服务面积覆盖率", "100%", "计划标准") with { Goal = "长期绩效目标 1" },
            Indicator("产出指标", "质量指标", "公共环境设施设备维修及时率", "≥95%", "计划标准") with { Goal = "长期绩效目标 1" },
            Indicator("产出指标", "时效指标", "物业服务费支付及时性", "按合同约定节点支付费用", "计划标准") with { Goal = "长期绩效目标 1" },
            Indicator("满意度指标", "社会效益指标", "维护参保人员合法权益，保障医保基金安全", "100%", "计划标准") with { Goal = "长期绩效目标 1" },
            Indicator("满意度指标", "服务对象满意度", "参保对象满意度（双评议）", "≥95%", "计划标准") with { Goal = "长期绩效目标 1" },
        },

        // 年度绩效目标表 (前年, 上年, 预计当年实现), as printed under 表12-1: its first three rows are on the page of 表12-1
        // and the last three are printed after the header block of the next project. These are the indicators of the
        // 经办服务 project (外包服务执行率, 参保人数 …), not of this property project: the annual tables of 表12-1 and
        // 表12-2 look swapped in the document. Kept as printed.
        // - 医疗保险参保人业务完成率 prints four values (无, ≥98%, ≥98%, ≥98%): the fourth is kept as 依据.
        // - 参保对象满意度(双评议) prints only two values (无, ≥95%): read as 前年 无 and 当年 ≥95%; the 上年 cell is lost.
        // - 维护参保人员合法权益 has no 一级指标 printed: 效益指标 assumed.
        AnnualIndicators = new[]
        {
            Indicator("成本指标", "经济成本指标", "外包服务执行率", "≥95%", null, "无", "≥95%"),
            Indicator("产出指标", "数量指标", "基本医疗保险参保人数", ">95%", null, "无", ">95%"),
            Indicator("产出指标", "质量指标", "医疗保险参保人业务完成率", "≥98%", "≥98%", "无", "≥98%"),
            Indicator("产出指标", "时效指标", "开展医疗保险参保人按时完成率", "100%", "计划标准", "无", "100%"),
            Indicator("效益指标", "社会效益指标", "维护参保人员合法权益", "100%", null, "无", "100%"),
            Indicator("满意度指标", "服务对象满意度", "参保对象满意度(双评议)", "≥95%", null, "无"),
        },
    };

    // 表12-2 项目支出绩效目标表 (seed: "部门项目申报表(含绩效目标)" for 医保经办机构政府购买服务经费, "表 12-2. 项目支出绩效目标表").
    private static ProjectPerformanceGoal ServiceGoal() => new("医保经办机构政府购买服务经费")
    {
        TableId = "表12-2",
        ProjectCode = "42010626506T000000101",
        Department = Department,
        ExecutingUnit = Department,
        Manager = "柯越",
        Phone = "87253066",
        Address = "武昌区民主路 502 号",
        PostCode = "430060",
        Attribute = "常年性项目",
        Category = ProjectCategory,
        StartYear = 2026,
        EndYear = 2026,
        Reason = "根据《市医保制度改革工作领导小组办公室关于印发〈武汉市调整完善医疗保障经办管理体制工作方案〉的通知》（武医保改办文[2024]3号）要求，按武昌区医疗保障服务中心窗口承接工作量需要开展医保经办服务，为辖区参保人提供政策咨询、问题解答、参保登记、待遇审核等医保经办业务服务。",
        Content = "提供职工医保和生育保险参保登记经办服务工作事项。1、窗口服务：包括收件、办件、办事指导、材料预审等；2、帮办服务：包括业务帮办、取号引导等；3、综合服务：包括后台审核、现场协调、投诉处理、大厅协管等；4、其他与医保窗口经办服务相关的工作。",
        TotalBudget = V("319.92"),
        YearBudget = V("319.92"),
        BudgetHistory = "2025年预算：287.87万；2026年预算319.92万元",
        FundingSources = Funding("319.92"),
        CostItems = new[]
        {
            new CostItem("医保经办机构服务购买", "委托业务费", V("319.92"))
            {
                EconomicCode = EconomicCode.Parse("30227"),
                Description = "武昌区医保经办服务购买。提供职工医保和生育保险参保登记等经办服务工作事项。包括：窗口服务；帮办服务；综合服务：其他医保经办服务相关工作。",
                Basis = "按窗口承接工作量需要进行医保经办服务购买，服务费用实行包干制共计319.92万元，即包干服务费包含服务人员的工资及相关福利、管理佣金、税金、利润、劳务管理风险金等费用；不含保障服务作业所需的办公劳保及办公用品、活动器材设备、活动交通、通讯等与劳务服务无关的费用。",
            },
        },
        Procurement = new[] { new ProcurementItem("医保经办服务购买", "1", V("319.92")) },
        LongTermGoals = new[] { "落实好居民医保参保登记和保费征缴管理工作，提升城乡居民基本医疗保险参保管理工作质效。" },
        AnnualGoals = new[] { "开展辖区内的参保人员提供政策咨询、参保登记经办业务服务。" },

        // 长期绩效目标表: levels as printed (产出指标 / 经济成本指标 for 外包服务执行率; 满意度指标 / 社会效益指标 for
        // 医保档案实体安全保障度).
        LongTermIndicators = new[]
        {
            Indicator("产出指标", "经济成本指标", "外包服务执行率", "≥95%", "计划标准") with { Goal = "长期绩效目标 1" },
            Indicator("产出指标", "数量指标", "基本医疗保险参保人数", ">95%", "计划标准") with { Goal = "长期绩效目标 1" },
            Indicator("产出指标", "质量指标", "医疗保险参保人业务完成率", "≥98%", "计划标准") with { Goal = "长期绩效目标 1" },
            Indicator("产出指标", "时效指标", "开展医疗保险参保人按时完成率", "100%", "计划标准") with { Goal = "长期绩效目标 1" },
            Indicator("满意度指标", "社会效益指标", "医保档案实体安全保障度", "全面保障", "计划标准") with { Goal = "长期绩效目标 1" },
            Indicator("满意度指标", "服务对象满意度", "参保对象满意度(双评议)", "≥95%", "计划标准") with { Goal = "长期绩效目标 1" },
        },

        // 年度绩效目标表, as printed under 表12-2: the first three rows on its page, the last three printed after the
        // header block of 表12-3. These are the property project's indicators (see the note on 表12-1).
        // - 医保档案实体安全保障度 prints no 依据; its 一级指标 is not printed (效益指标 assumed).
        // - the satisfaction row prints only one label cell "服务对象满意度（双评议）": kept as the 三级指标, 二级 blank.
        AnnualIndicators = new[]
        {
            Indicator("成本指标", "经济成本指标", "中心租金物业费及档案室的运行维护等预算执行率", "≥95%", "计划标准", "无", "无"),
            Indicator("产出指标", "数量指标", "物业服务面积覆盖率", "100%", "计划标准", "无", "无"),
            Indicator("产出指标", "质量指标", "公共环境设施设备维修及时率", "≥95%", "计划标准", "无", "无"),
            Indicator("产出指标", "时效指标", "物业服务费支付及时性", "按合同约定节点支付", "计划标准", "无", "无"),
            Indicator("效益指标", "社会效益指标", "医保档案实体安全保障度", "全面保障", null, "无", "无"),
            Indicator("满意度指标", "", "服务对象满意度（双评议）", "≥95%", null, "无", "无"),
        },
    };

    // 表12-3 项目支出绩效目标表 (seed: "部门项目申报表(含绩效目标)" for 医保监管项经费项目, "表 12-3. 项目支出绩效目标表").
    private static ProjectPerformanceGoal SupervisionGoal() => new("医保监管项经费项目")
    {
        TableId = "表12-3",
        ProjectCode = "42010626506T000000100",
        Department = Department,
        ExecutingUnit = Department,
        Manager = "柯越",
        Phone = "88930037",
        Address = "武昌区民主路 502 号",

        // Printed "43000" (five digits; the other two projects print 430060).
        PostCode = "43000",
        Attribute = "常年性项目",
        Category = ProjectCategory,
        StartYear = 2026,
        EndYear = 2026,
        Reason = "根据武汉市医保局《关于推进武汉市医疗保障领域“双随机、一公开”监管机制的通知》规定，聘请第三方会计事务所对辖区 602 家定点医药机构开展核查。按照一定比例进行检查。其他专项检查(含国家、省、市交办的重大线索、各级下发的疑点数据及问题线索核查、各级飞行检查及交叉检查等需要进一步核查)参照抽查复查及其他临时项目，“按实际工作时长计费”方式计费，计费标准按“鄂价规[2010]265 号”最低收费标准“180 元/小时”的标准据实结算。",
        Content = "聘请第三方审计事务所，增强监管力量，提升医保监管的效能。",

        // Printed "10 万" (whole 万元).
        TotalBudget = V("10"),
        YearBudget = V("10"),
        BudgetHistory = "该项目 2025 年预算 17.4 万，2026 年预算 10 万元。",
        FundingSources = Funding("10"),
        CostItems = new[]
        {
            new CostItem("第三方审计", "委托业务费", V("10"))
            {
                EconomicCode = EconomicCode.Parse("30227"),
                Description = "聘请第三方及专家配合国家、省、市交办的重大线索、各级下发的疑点数据及问题线索核查、各级飞行检查及交叉检查等需要进一步核查",
                Basis = "聘请第三方会计事务所对辖区 602 家定点医药机构开展核查。按照一定比例进行检查。其他专项检查(含省、市交办的重大线索、各级下发的疑点数据及问题线索核查、各级飞行检查及交叉检查等需要进一步核查)参照抽查复查及其他临时项目，“按实际工作时长计费”方式计费，计费标准按“鄂价规[2010]265号”最低收费标准“180 元/小时”的标准据实结算。",
            },
        },

        // 项目采购: the table is printed empty.
        Procurement = Array.Empty<ProcurementItem>(),
        LongTermGoals = new[] { "不断充实专业监管力量，采用委托第三方提供技术支持的方式，对全区部分定点医疗机构、定点药店开展重点核查。同时，加强与我区医保基金监管专家库的沟通联系，主动宣传医保基金监管政策，提高医保基金监管水平，增强监管实效。" },
        AnnualGoals = new[] { "提高监管专业知识，进一步深入推进医疗保证基金智能审核和监控工作，开展全市定点药店违法违规问题专项整治的通知，宣传监管政策，提高监管水平。" },

        // 长期绩效目标表 (评意对象满意度: sic).
        LongTermIndicators = new[]
        {
            Indicator("产出指标", "数量指标", "第三方审计机构数量", "=80 家", "计划数据") with { Goal = "长期绩效目标" },
            Indicator("产出指标", "数量指标", "审计整改完成率", "100%", "计划数据") with { Goal = "长期绩效目标" },
            Indicator("产出指标", "质量指标", "药店违法违规问题专项整治", "≥95%", "计划数据") with { Goal = "长期绩效目标" },
            Indicator("产出指标", "质量指标", "举报、投诉案件办结率", "≥95%", "计划数据") with { Goal = "长期绩效目标" },
            Indicator("效益指标", "时效指标", "举报案件及时立案率", "≥95%", "计划数据") with { Goal = "长期绩效目标" },
            Indicator("效益指标", "社会效益指标", "医保基金规范使用率", "≥95%", "计划数据") with { Goal = "长期绩效目标" },
            Indicator("效益指标", "经济效益指标", "减少欺诈骗保医疗保障基金现象", "效果显著", "计划数据") with { Goal = "长期绩效目标" },
            Indicator("满意度指标", "服务对象满意度", "评意对象满意度", "≥95%", "计划数据") with { Goal = "长期绩效目标" },
        },

        // 年度绩效目标表 (前年, 上年, 预计当年实现, 依据). Three rows print no 三级指标: the "=80 家" and second "≥95%"
        // rows are read as 第三方审计机构数量 and 举报、投诉案件办结率 (表11 prints the same rows in the same order); the
        // "100%" row after 医保基金规范使用率 has no readable label and is kept with a blank 三级指标. The 社会效益指标
        // rows have no 一级指标 printed (carried down: 产出指标).
        AnnualIndicators = new[]
        {
            Indicator("产出指标", "数量指标", "审计整改完成率", "≥95%", "计划数据", "≥95%", "≥95%"),
            Indicator("产出指标", "数量指标", "第三方审计机构数量", "=80 家", "计划数据", "=80 家", "=80 家"),
            Indicator("产出指标", "质量指标", "药店违法违规问题专项整治", "≥95%", "计划数据", "≥95%", "≥95%"),
            Indicator("产出指标", "质量指标", "举报、投诉案件办结率", "≥95%", "计划数据", "≥95%", "≥95%"),
            Indicator("产出指标", "社会效益指标", "医保基金规范使用率", "≥95%", "计划数据", "≥95%", "≥95%"),
            Indicator("产出指标", "社会效益指标", "", "100%", "计划数据", "100%", "100%"),
            Indicator("满意度指标", "服务对象满意度", "评议对象满意度", "≥95%", "计划数据", "≥95%", "≥95%"),
        },
    };

    private static void AddPriorFigures(DisclosureBuilder b)
    {
        // 项目前两年预算及当年预算变动情况 (表12-1/12-2/12-3): the 2025 budgets of the three projects, as printed.
        b.PriorFigure(new PriorFigure(new CellAddress("表10", RowKey.Project(PropertyProject), "合计"), 2025, DisclosureKind.Budget, ReportedValue.Parse("0元")));
        b.PriorFigure(new PriorFigure(new CellAddress("表10", RowKey.Project(ServiceProject), "合计"), 2025, DisclosureKind.Budget, V("287.87")));
        b.PriorFigure(new PriorFigure(new CellAddress("表10", RowKey.Project(SupervisionProject), "合计"), 2025, DisclosureKind.Budget, V("17.4")));
    }

    private static void AddFigures(DisclosureBuilder b)
    {
        // 第三部分 十一、其他重要事项的情况说明.
        b.Figures(new ReportedFigures
        {
            // (一) 机关运行经费 94.62 万元 (the 2025 figure is not printed, only the increase: see the statements).
            OperatingExpenses = V("94.62"),

            // (二) 政府采购预算: 357.84 = 货物 7.06 + 工程 0 + 服务 350.78.
            Procurement = new GovernmentProcurement
            {
                Total = V("357.84"),
                Goods = V("7.06"),
                Works = V("0"),
                Services = V("350.78"),
            },

            // (三) 政府购买服务预算: 365.84 = 公共服务 319.92 + 政府履职辅助性服务 45.92.
            PurchasedServices = new[]
            {
                new NamedAmount("合计", V("365.84")),
                new NamedAmount("公共服务", V("319.92")),
                new NamedAmount("政府履职辅助性服务", V("45.92")),
            },

            // (四) 国有资产占有使用情况 (截至 2025 年 12 月 31 日).
            Assets = new AssetHoldings
            {
                Vehicles = 0,
                VehiclesByKind = new[]
                {
                    new NamedCount("机要通信用车", 0, "辆"),
                    new NamedCount("应急保障用车", 0, "辆"),
                    new NamedCount("执法执勤用车", 0, "辆"),
                    new NamedCount("特种专业技术用车", 0, "辆"),
                    new NamedCount("业务用车", 0, "辆"),
                },
                Other = new[] { new NamedCount("单价 100 万元（含）以上设备（不含车辆）", 0, "台（套）") },
            },

            // (五) 预算绩效管理: 933.79 万元 全面实施预算绩效目标管理 (3 个项目支出绩效目标). No "三公" counts are printed.
            Other = new[] { new NamedAmount("全面实施预算绩效目标管理的预算支出", V("933.79")) },
        });
    }

    private static NarrativeStatement Change(string subject, string value, string difference, string rate, CellAddress? source, string text)
        => new(StatementKind.Change, subject)
        {
            Value = V(value),
            Difference = V(difference),
            Rate = Percentage.Parse(rate),
            BaseYear = 2025,
            Source = source,
            Text = text,
        };

    private static NarrativeStatement Share(string subject, string value, string total, string rate, CellAddress? source, string text)
        => new(StatementKind.Share, subject)
        {
            Value = V(value),
            Base = V(total),
            Rate = Percentage.Parse(rate),
            Source = source,
            Text = text,
        };

    private static CellAddress Cell(string table, RowKey row, string column) => new(table, row, column);

    private static void AddStatements(DisclosureBuilder b)
    {
        // 第三部分 一、收支预算总体安排情况. 633.25 ÷ (933.79 − 633.25 = 300.54) = 210.70%: printed 210.8% here and
        // 210.7% in 五（一） for the same increase (kept as printed).
        b.Statement(Change("部门收支总预算", "933.79", "633.25", "210.8%", Cell("表1", RowKey.Item("收入总计"), "预算数"),
            "2026 年部门收支总预算 933.79 万元，比 2025 年预算增加 633.25 万元，增长 210.8%"));

        // 二、收入预算安排情况.
        b.Statement(Share("一般公共预算财政拨款收入", "933.79", "933.79", "100 %", Cell("表1", RowKey.Item("一般公共预算拨款收入"), "预算数"),
            "部门预算收入 933.79 万元。其中：一般公共预算财政拨款收入 933.79 万元，占 100 %"));

        // 三、支出预算安排情况.
        b.Statement(Share("基本支出", "524.86", "933.79", "56.2 %", Cell("表3", RowKey.Total, "基本支出"),
            "部门预算支出 933.79 万元。其中：基本支出 524.86 万元，占比 56.2 %"));
        b.Statement(Share("项目支出", "408.93", "933.79", "43.8 %", Cell("表3", RowKey.Total, "项目支出"),
            "部门预算支出 933.79 万元。其中：……项目支出 408.93 万元，占比 43.8 %"));

        // 五、一般公共预算支出安排情况 （一） 拨款规模变化.
        b.Statement(Change("一般公共预算拨款", "933.79", "633.25", "210.7 %", Cell("表5-1", RowKey.Total, "合计"),
            "2026 年一般公共预算拨款 933.79 万元。其中：本年预算 933.79 万元，比 2025 年预算增加 633.25 万元，增长 210.7 %"));

        // （二） 拨款结构.
        b.Statement(Share("一般公共预算基本支出", "524.86", "933.79", "56.2%", Cell("表5-1", RowKey.Total, "基本支出"),
            "基本支出 524.86 万元，占 56.2%，其中：人员经费 430.24 万元、公用经费 94.62 万元"));
        b.Statement(Share("一般公共预算项目支出", "408.93", "933.79", "43.8%", Cell("表5-1", RowKey.Total, "项目支出"),
            "项目支出 408.93 万元，占 43.8%"));

        // （三） 具体使用情况, by 项 (2026 预算数, 比 2025 年预算增减, 增长率). The text names 2080501 "行政单位离休费" and
        // 2210202 "房租补贴" where the tables print 行政单位离退休 and 提租补贴.
        b.Statement(Change("行政单位离休费", "0.1", "0.1", "100%", Cell("表5-1", F("2080501"), "合计"),
            "社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离休费（项）2026 年预算数 0.1 万元，比 2025 年预算增加 0.1 万元，增长 100%"));
        b.Statement(Change("机关事业单位基本养老保险缴费支出", "34.27", "13.78", "67.3%", Cell("表5-1", F("2080505"), "合计"),
            "机关事业单位基本养老保险缴费支出（项）2026 年预算数 34.27 万元，比 2025 年预算增加 13.78 万元，增长 67.3%"));
        b.Statement(Change("行政单位医疗", "7.56", "-2.69", "-26.2%", Cell("表5-1", F("2101101"), "合计"),
            "行政单位医疗（项）2026 年预算数 7.56 万元，比 2025 年预算减少 2.69 万元，下降 26.2%"));
        b.Statement(Change("事业单位医疗", "9.57", "9.57", "100%", Cell("表5-1", F("2101102"), "合计"),
            "事业单位医疗（项）2026 年预算数 9.57 万元，比 2025 年预算增加 9.57 万元，增长 100%"));

        // 8.71 ÷ (22.99 − 8.71 = 14.28) = 60.99%, printed 61.4% (kept); even at the edges of rounding the rate is at most 61.07%.
        b.Statement(Change("公务员医疗补助", "22.99", "8.71", "61.4%", Cell("表5-1", F("2101103"), "合计"),
            "公务员医疗补助(项)2026年预算数22.99万元，比2025年预算增加8.71万元，增长61.4%"));
        b.Statement(Change("行政运行", "234.61", "46.22", "24.5%", Cell("表5-1", F("2101501"), "合计"),
            "医疗保障管理事务(款)行政运行(项)2026年预算数234.61万元，比2025年预算增加46.22万元，增长24.5%"));
        b.Statement(Change("一般行政管理事务", "89.01", "49.29", "124.1%", Cell("表5-1", F("2101502"), "合计"),
            "一般行政管理事务(项)2026年预算数89.01万元，比2025年预算增加49.29万元，增长124.1%"));
        b.Statement(Change("医疗保障经办事务", "319.92", "319.92", "100%", Cell("表5-1", F("2101506"), "合计"),
            "医疗保障经办事务(项)2026年预算数319.92万元，比2025年预算增加319.92万元，增长100%"));
        b.Statement(Change("事业运行", "152.98", "152.98", "100%", Cell("表5-1", F("2101550"), "合计"),
            "事业运行(项)2026年预算数152.98万元，比2025年预算增加152.98万元，增长 100%"));

        // 18.82 ÷ (38.77 − 18.82 = 19.95) = 94.34%, printed 94.4%; with the printed figures' rounding the rate can reach
        // 18.825 ÷ 19.94 = 94.41%, so this is a borderline case, not a provable slip.
        b.Statement(Change("住房公积金", "38.77", "18.82", "94.4%", Cell("表5-1", F("2210201"), "合计"),
            "住房公积金（项）2026 年预算数 38.77 万元，比 2025 年预算增加 18.82 万元，增长 94.4%"));
        b.Statement(Change("房租补贴", "6.69", "2.37", "55%", Cell("表5-1", F("2210202"), "合计"),
            "住房改革支出（款）房租补贴（项）2026 年预算数 6.69 万元，比 2025 年预算增加 2.37 万元，增长 55%"));
        b.Statement(Change("购房补贴", "17.3", "14.15", "449.21%", Cell("表5-1", F("2210203"), "合计"),
            "购房补贴（项）2026 年预算数 17.3 万元，比 2025 年预算增加 14.15 万元，增长 449.21%"));

        // 七、“三公”经费.
        b.Statement(Change("一般公共预算“三公”经费", "0.42", "0.21", "100 %", Cell("表7", RowKey.Total, "合计"),
            "2026 年一般公共预算“三公”经费支出 0.42 万元，比 2025 年预算增加 0.21 万元，增长 100 %"));
        b.Statement(Change("公务接待费", "0.42", "0.21", "100 %", Cell("表7", RowKey.Total, "公务接待费"),
            "公务接待费 0.42 万元，比 2025 年预算增加 0.21 万元，增长 100 %"));

        // 十一、其他重要事项: 机关运行经费 and 政府采购 are not table cells (no Source).
        b.Statement(Change("机关运行经费", "94.62", "61.7", "187.4 %", null,
            "2026 年机关运行经费 94.62 万元，比 2025 年增加 61.7 万元，增长 187.4 %"));
        b.Statement(Change("政府采购预算", "357.84", "353.34", "7852 %", null,
            "2026 年政府采购预算支出合计 357.84 万元，比 2025 年增加 353.34 万元，增长 7852 %"));
    }
}
