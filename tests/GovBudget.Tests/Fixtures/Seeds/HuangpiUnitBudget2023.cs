using GovBudget.Amounts;
using GovBudget.Building;
using GovBudget.Disclosures;
using GovBudget.Tables;
using GovBudget.Tables.Budget;
using GovBudget.Tables.Performance;

namespace GovBudget.Tests.Fixtures.Seeds;

/// <summary>
/// 黄陂区医疗保障服务中心 2023 年部门（单位）预算 (a 事业单位 under 武汉市黄陂区医疗保障局), transcribed through the
/// builder from <c>shared/seeds/huangpi-2023-unit-budget.txt</c>. Every number was checked against the seed text and
/// is kept as printed, slips included.
/// </summary>
/// <remarks>
/// The document numbers its tables 一 … 十二; they are mapped onto the current-layout kinds of
/// <see cref="BudgetTables"/> by meaning: 一 收支总表 → 表1, 二 收入总表 → 表2, 三 支出总表 → 表3,
/// 四 财政拨款收支总表 → 表4, 五 一般公共预算支出表 → 表5-1, 六 一般公共预算基本支出表 → 表6,
/// 七 “三公”经费支出表 → 表7, 八 政府性基金预算支出表 → 表8, 九 项目支出表 → 表10,
/// 十 单位整体支出绩效目标申报表 → 表11 (<see cref="OverallPerformanceGoal"/>),
/// 十一 项目申报表(含绩效目标) → 表12 (<see cref="ProjectPerformanceGoal"/>), 十二 政府采购预算表 →
/// <see cref="BudgetTables.GovernmentProcurementBudget"/>.
/// The document prints no 表5-2 (一般公共预算支出表 分单位) and no 表9 (国有资本经营预算支出表; the text says there is
/// no such expenditure).
/// </remarks>
public static class HuangpiUnitBudget2023
{
    private const string UnitName = "黄陂区医疗保障服务中心";
    private const string DepartmentName = "武汉市黄陂区医疗保障局";
    private const string ProjectCode = "42011622083T000000100";
    private const string OverallGoalText = "开展医保政策宣传，完善医保信息化建设和网络系统维护，提升医保公共服务水平。";

    private static readonly Lazy<BudgetDisclosure> Instance = new(() => (BudgetDisclosure)Builder().Build());

    /// <summary>十二、政府采购预算表 (单位:元): the library's <see cref="BudgetTables.GovernmentProcurementBudget"/>.</summary>
    public static TableDefinition ProcurementBudget => BudgetTables.GovernmentProcurementBudget;

    /// <summary>The disclosure (built once).</summary>
    public static BudgetDisclosure Disclosure => Instance.Value;

    /// <summary>A fresh builder holding the whole disclosure, for tests that change it before building.</summary>
    public static DisclosureBuilder Builder()
    {
        // The disclosure is of unit 083003 under department 083 (表2 and 表九 print both rows); "部门/单位：黄陂区医疗保障服务中心".
        // 人员构成 (编制 43 = 事业编制 43; 在职实有 41; 离退休 7 = 退休 7) has no place in the model and is left out.
        var b = DisclosureBuilder.Budget(2023)
            .Department("083", DepartmentName)
            .Unit("083003", UnitName, UnitKind.PublicInstitution);

        // 一、收支总表 (单位：万元). Income side prints "1,157.86" with separators, the expenditure side "1157.86" without.
        b.Table(BudgetTables.IncomeExpenditureSummary, t => t
            .Item("一般公共预算拨款收入", "1,157.86")
            .Item("政府性基金预算拨款收入", "0.00")
            .Item("国有资本经营预算拨款收入", "0.00")
            .Item("财政专户管理资金收入", "0.00")
            .Item("事业收入", "0.00")
            .Item("事业单位经营收入", "0.00")
            .Item("上级补助收入", "0.00")
            .Item("附属单位上缴收入", "0.00")
            .Item("其他收入", "0.00")
            .Item("本年收入合计", "1,157.86")
            .Item("上年结转结余", "0.00")
            .Item("收入总计", "1,157.86")
            .Row("201", "一般公共服务支出", "0.00")
            .Row("204", "公共安全支出", "0.00")
            .Row("205", "教育支出", "0.00")
            .Row("206", "科学技术支出", "0.00")
            .Row("207", "文化旅游体育与传媒支出", "0.00")
            .Row("208", "社会保障和就业支出", "110.42")
            .Row("210", "卫生健康支出", "970.14")
            .Row("211", "节能环保支出", "0.00")
            .Row("212", "城乡社区支出", "0.00")
            .Row("213", "农林水支出", "0.00")
            .Row("214", "交通运输支出", "0.00")
            .Row("215", "资源勘探工业信息等支出", "0.00")
            .Row("216", "商业服务业等支出", "0.00")
            .Row("217", "金融支出", "0.00")
            .Row("219", "援助其他地区支出", "0.00")
            .Row("220", "自然资源海洋气象等支出", "0.00")
            .Row("221", "住房保障支出", "77.30")
            .Row("222", "粮油物资储备支出", "0.00")
            .Row("223", "国有资本经营预算支出", "0.00")
            .Row("224", "灾害防治及应急管理支出", "0.00")
            .Row("229", "其他支出", "0.00")
            .Row("231", "债务还本支出", "0.00")
            .Row("232", "债务付息支出", "0.00")
            .Row("233", "债务发行费用支出", "0.00")
            .Item("本年支出合计", "1157.86")
            .Item("年终结转结余", "0.00")
            .Item("支出总计", "1157.86")
            .Remark("备注：财政专户管理资金收入是指教育收费收入；事业收入不含教育收费收入，下同。"));

        // 二、收入总表 (单位：万元). The document prints 17 columns: 合计; 本年收入 (小计 + 9 sources); 上年结转结余 (小计,
        // 一般公共预算, 政府性基金预算, 国有资本经营预算, 财政专户管理资金, 单位资金): all 17 are transcribed.
        b.Table(BudgetTables.IncomeSummary, t => t
            .Total("1157.86", "1157.86", "1157.86", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00")
            .Row(RowKey.Unit("083"), DepartmentName, "1157.86", "1157.86", "1157.86", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00")
            .Row(RowKey.Unit("083003"), UnitName, RowKey.Unit("083"), "1157.86", "1157.86", "1157.86", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00"));

        // 三、支出总表 (单位：万元). Printed columns: 合计, 基本支出, 项目支出, 事业单位经营支出, 上缴上级支出,
        // 对附属单位补助支出 — the last three blank in every row.
        b.Table(BudgetTables.ExpenditureSummary, t => t
            .Columns("合计", "基本支出", "项目支出", "事业单位经营支出", "上缴上级支出", "对附属单位补助支出")
            .Total("1157.86", "1007.86", "150.00", "", "", "")
            .Row("208", "社会保障和就业支出", "110.42", "110.42", "0.00", "", "", "")
            .Row("20805", "行政事业单位养老支出", "110.42", "110.42", "0.00", "", "", "")
            .Row("2080502", "事业单位离退休", "21.21", "21.21", "0.00", "", "", "")
            .Row("2080505", "机关事业单位基本养老保险缴费支出", "82.71", "82.71", "0.00", "", "", "")
            .Row("2080506", "机关事业单位职业年金缴费支出", "6.50", "6.50", "0.00", "", "", "")
            .Row("210", "卫生健康支出", "970.14", "820.14", "150.00", "", "", "")
            .Row("21011", "行政事业单位医疗", "56.10", "56.10", "0.00", "", "", "")
            .Row("2101102", "事业单位医疗", "56.10", "56.10", "0.00", "", "", "")
            .Row("21015", "医疗保障管理事务", "914.04", "764.04", "150.00", "", "", "")
            .Row("2101506", "医疗保障经办事务", "150.00", "0.00", "150.00", "", "", "")
            .Row("2101550", "事业运行", "764.04", "764.04", "0.00", "", "", "")
            .Row("221", "住房保障支出", "77.30", "77.30", "0.00", "", "", "")
            .Row("22102", "住房改革支出", "77.30", "77.30", "0.00", "", "", "")
            .Row("2210201", "住房公积金", "77.30", "77.30", "0.00", "", "", ""));

        // 四、财政拨款收支总表 (单位：万元). Every cell not listed with a figure is printed blank.
        b.Table(BudgetTables.AppropriationSummary, t => t
            .Item("本年收入", "1157.86")
            .Item("本年收入.一般公共预算拨款", "1157.86")
            .Item("本年收入.政府性基金预算拨款", "")
            .Item("本年收入.国有资本经营预算拨款", "")
            .Item("上年结转", "")
            .Item("上年结转.一般公共预算拨款", "")
            .Item("上年结转.政府性基金预算拨款", "")
            .Item("上年结转.国有资本经营预算拨款", "")
            .Item("收入总计", "1157.86")
            .Item("本年支出", "1157.86")
            .Row("201", "一般公共服务支出", "")
            .Row("204", "公共安全支出", "")
            .Row("205", "教育支出", "")
            .Row("206", "科学技术支出", "")
            .Row("207", "文化旅游体育与传媒支出", "")
            .Row("208", "社会保障和就业支出", "110.42")
            .Row("210", "卫生健康支出", "970.14")
            .Row("211", "节能环保支出", "")
            .Row("212", "城乡社区支出", "")
            .Row("213", "农林水支出", "")
            .Row("214", "交通运输支出", "")
            .Row("215", "资源勘探工业信息等支出", "")
            .Row("216", "商业服务业等支出", "")
            .Row("217", "金融支出", "")
            .Row("219", "援助其他地区支出", "")
            .Row("220", "自然资源海洋气象等支出", "")
            .Row("221", "住房保障支出", "77.30")
            .Row("222", "粮油物资储备支出", "")
            .Row("223", "国有资本经营预算支出", "")
            .Row("224", "灾害防治及应急管理支出", "")
            .Row("229", "其他支出", "")
            .Row("231", "债务还本支出", "")
            .Row("232", "债务付息支出", "")
            .Row("233", "债务发行费用支出", "")
            .Item("年终结转结余", "")
            .Item("支出总计", "1157.86"));

        // 五、一般公共预算支出表 (单位：万元): 合计, 基本支出 (小计, 人员经费, 公用经费), 项目支出.
        // Row 210 prints 基本支出 820.14 but 人员经费 793.49 + 公用经费 26.66 = 820.15, and 人员经费 793.49 while its 款
        // 56.10 + 737.38 = 793.48 (尾差 of 0.01, within rounding); kept as printed.
        b.Table(BudgetTables.GeneralBudgetByFunction, t => t
            .Total("1,157.86", "1,007.86", "980.99", "26.87", "150.00")
            .Row("208", "社会保障和就业支出", "110.42", "110.42", "110.21", "0.21", "0.00")
            .Row("20805", "行政事业单位养老支出", "110.42", "110.42", "110.21", "0.21", "0.00")
            .Row("2080502", "事业单位离退休", "21.21", "21.21", "21.00", "0.21", "0.00")
            .Row("2080505", "机关事业单位基本养老保险缴费支出", "82.71", "82.71", "82.71", "0.00", "0.00")
            .Row("2080506", "机关事业单位职业年金缴费支出", "6.50", "6.50", "6.50", "0.00", "0.00")
            .Row("210", "卫生健康支出", "970.14", "820.14", "793.49", "26.66", "150.00")
            .Row("21011", "行政事业单位医疗", "56.10", "56.10", "56.10", "0.00", "0.00")
            .Row("2101102", "事业单位医疗", "56.10", "56.10", "56.10", "0.00", "0.00")
            .Row("21015", "医疗保障管理事务", "914.04", "764.04", "737.38", "26.66", "150.00")
            .Row("2101506", "医疗保障经办事务", "150.00", "0.00", "0.00", "0.00", "150.00")
            .Row("2101550", "事业运行", "764.04", "764.04", "737.38", "26.66", "0.00")
            .Row("221", "住房保障支出", "77.30", "77.30", "77.30", "0.00", "0.00")
            .Row("22102", "住房改革支出", "77.30", "77.30", "77.30", "0.00", "0.00")
            .Row("2210201", "住房公积金", "77.30", "77.30", "77.30", "0.00", "0.00"));

        // 六、一般公共预算基本支出表 (单位：万元), 部门预算支出经济分类科目.
        // 301 prints 959.99 while its ten 款 sum to 960.00 (尾差 of 0.01, within rounding); kept as printed.
        b.Table(BudgetTables.GeneralBudgetBasicByEconomic, t => t
            .Total("1,007.86", "980.99", "26.87")
            .Row("301", "工资福利支出", "959.99", "959.99", "0.00")
            .Row("30101", "基本工资", "170.27", "170.27", "0.00")
            .Row("30102", "津贴补贴", "38.93", "38.93", "0.00")
            .Row("30103", "奖金", "328.00", "328.00", "0.00")
            .Row("30107", "绩效工资", "123.28", "123.28", "0.00")
            .Row("30108", "机关事业单位基本养老保险缴费", "82.71", "82.71", "0.00")
            .Row("30109", "职业年金缴费", "6.50", "6.50", "0.00")
            .Row("30110", "职工基本医疗保险缴费", "56.10", "56.10", "0.00")
            .Row("30112", "其他社会保障缴费", "7.74", "7.74", "0.00")
            .Row("30113", "住房公积金", "77.30", "77.30", "0.00")
            .Row("30199", "其他工资福利支出", "69.17", "69.17", "0.00")
            .Row("302", "商品和服务支出", "26.87", "0.00", "26.87")
            .Row("30201", "办公费", "2.00", "0.00", "2.00")
            .Row("30202", "印刷费", "2.00", "0.00", "2.00")
            .Row("30207", "邮电费", "2.00", "0.00", "2.00")
            .Row("30211", "差旅费", "3.00", "0.00", "3.00")
            .Row("30218", "专用材料费", "2.00", "0.00", "2.00")
            .Row("30228", "工会经费", "8.61", "0.00", "8.61")
            .Row("30229", "福利费", "4.50", "0.00", "4.50")
            .Row("30299", "其他商品和服务支出", "2.76", "0.00", "2.76")
            .Row("303", "对个人和家庭的补助", "21.00", "21.00", "0.00")
            .Row("30302", "退休费", "21.00", "21.00", "0.00"));

        // 七、一般公共预算“三公”经费支出表 (单位:万元): one row, all "0.00".
        b.Table(BudgetTables.ThreePublicExpenses, t => t
            .Total("0.00", "0.00", "0.00", "0.00", "0.00", "0.00")
            .Remark("备注：黄陂区医疗保障服务中心 2023 年无一般公共预算“三公”经费支出。"));

        // 八、政府性基金预算支出表 (单位：万元): header only, no rows.
        b.Table(BudgetTables.GovernmentFundExpenditure, t => t
            .Remark("备注：黄陂区医疗保障服务中心 2023 年无政府性基金预算支出。"));

        // 九、项目支出表 (单位：万元). Columns: 项目单位 (text), 合计, 本年拨款 ×3, 财政拨款结转结余 ×3, 财政专户管理资金, 单位资金.
        // The category row prints the code "31" before 本级支出项目. The project is printed here as
        // "开展医疗保险宣传等工作经费"; 表十 and 表十一 call the same project (same 项目编码) "开展城乡居民医疗保险宣传等工作经费".
        b.Table(BudgetTables.ProjectExpenditure, t => t
            .Total("", "150.00", "150.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00")
            .Row(RowKey.Unit("083"), DepartmentName, "", "150.00", "150.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00")
            .Row(RowKey.Unit("083003"), UnitName, RowKey.Unit("083"), "", "150.00", "150.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00")
            .Row(RowKey.Category("本级支出项目"), "本级支出项目", RowKey.Unit("083003"), "", "150.00", "150.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00")
            .Row(RowKey.Project(ProjectCode), "开展医疗保险宣传等工作经费", RowKey.Category("本级支出项目"), UnitName, "150.00", "150.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00"));

        // 十二、政府采购预算表 (单位:元): header only, no rows. No figure is printed, so the precision (0.01 元) is assumed.
        b.Table(ProcurementBudget, t => t
            .WithPrecision(Precision.Yuan2)
            .Remark("备注：黄陂区医疗保障服务中心 2023年无政府采购预算支出。"));

        // 十、黄陂区医疗保障服务中心单位整体支出绩效目标申报表 (单位：万元).
        b.OverallGoal(OverallGoal());

        // 十一、黄陂区医疗保障服务中心单位部门（单位）项目申报表(含绩效目标) (单位：万元).
        b.ProjectGoal(ProjectGoal());

        // 八、其他重要事项的情况说明.
        b.Figures(new ReportedFigures
        {
            // （一）"黄陂区医疗保障服务中心为事业单位，没有机关运行经费。" — not applicable to a 事业单位, no figure printed: left null.
            // （二）"2023年部门预算中没有纳入政府采购预算的支出。" — no figure printed; transcribed as a zero total.
            Procurement = new GovernmentProcurement { Total = b.Value("0.00") },

            // （三）"截至 2022 年 12月 31 日，部门（单位）没有车辆。"
            Assets = new AssetHoldings { Vehicles = 0 },

            // Figures the text restates without arithmetic (第一部分 三、四、八（四）), as printed (decimals kept).
            Other = new[]
            {
                new NamedAmount("预算总收入", Wan("1157.86")),
                new NamedAmount("预算总收入.一般公共预算财政拨款收入", Wan("1157.86")),
                new NamedAmount("预算总收入.上年结转", Wan("0")),
                new NamedAmount("预算总支出", Wan("1157.86")),
                new NamedAmount("预算总支出.基本支出", Wan("1007.86")),
                new NamedAmount("预算总支出.项目支出", Wan("150")),
                new NamedAmount("社会保障和就业支出", Wan("110.42")),
                new NamedAmount("卫生健康支出", Wan("970.14")),
                new NamedAmount("住房保障支出", Wan("77.3")),
                new NamedAmount("一般公共预算财政拨款支出预算", Wan("1157.86")),
                new NamedAmount("一般公共预算财政拨款支出预算.上年结转", Wan("0")),
                new NamedAmount("人员类项目支出.工资福利支出", Wan("959.99")),
                new NamedAmount("人员类项目支出.对个人和家庭的补助", Wan("21")),
                new NamedAmount("公用经费运转类项目支出", Wan("26.87")),
                new NamedAmount("其他运转类项目", Wan("0")),
                new NamedAmount("特定目标类项目", Wan("150")),
                new NamedAmount("开展医疗保险宣传等工作经费项目", Wan("150")),
                new NamedAmount("绩效目标管理涉及一般公共预算当年财政拨款", Wan("150")),
            },
        });

        // 第一部分 四、一般公共预算财政拨款支出预算情况 — the changes against 2022. The sentences do not print the 2022
        // figures; Base is the 2022 figure printed in 表十 (支出构成, 2022 年 column) for the same line.
        b.Statement(new NarrativeStatement(StatementKind.Change, "一般公共预算财政拨款支出预算（当年预算）")
        {
            Source = new CellAddress(BudgetTables.GeneralBudgetByFunction.Id, RowKey.Total, "合计"),
            Value = Wan("1157.86"),
            Base = Wan("7020.89"),
            BaseYear = 2022,
            Difference = Wan("-5863.03"),
            Rate = Percentage.Parse("-83.51%"),
            Text = "2023 年一般公共预算财政拨款支出预算 1157.86 万元，其中：当年预算 1157.86 万元，比 2022 年预算减少 5863.03 万元，下降 83.51%",
        });
        b.Statement(new NarrativeStatement(StatementKind.Change, "人员类项目支出")
        {
            Source = new CellAddress(BudgetTables.GeneralBudgetByFunction.Id, RowKey.Total, "人员经费"),
            Value = Wan("980.99"),
            Base = Wan("818.22"),
            BaseYear = 2022,
            Difference = Wan("162.77"),
            Rate = Percentage.Parse("19.89%"),
            Text = "人员类项目支出 980.99 万元，比 2022 年预算增加 162.77 万元，增长 19.89%",
        });

        // Base: 表十 prints 特定目标类项目支出 2022 = 6178.00 (the sentence's subject also covers 其他运转类, printed 0 for 2023).
        b.Statement(new NarrativeStatement(StatementKind.Change, "其他运转类及特定目标类项目支出")
        {
            Source = new CellAddress(BudgetTables.GeneralBudgetByFunction.Id, RowKey.Total, "项目支出"),
            Value = Wan("150"),
            Base = Wan("6178.00"),
            BaseYear = 2022,
            Difference = Wan("-6028"),
            Rate = Percentage.Parse("-97.57%"),
            Text = "其他运转类及特定目标类项目支出 150 万元，比 2022 年预算减少 6028 万元，下降 97.57%",
        });
        return b;
    }

    /// <summary>A figure in 万元 with the decimals it is printed with ("150" → 150万元, "77.3" → 77.3万元).</summary>
    private static ReportedValue Wan(string printed) => ReportedValue.Parse(printed + "万元");

    private static OverallPerformanceGoal OverallGoal() => new(UnitName)
    {
        // 收入构成: 当年金额, 占比, 近两年收支金额 (2021 年, 2022 年).
        Income = new[]
        {
            new CompositionLine("财政拨款", Wan("1157.86"), Percentage.Parse("100.00%")) { PriorYears = Years("971.63", "7020.89") },
            new CompositionLine("财政专户管理资金", null, null) { PriorYears = Years(null, null) },
            new CompositionLine("单位资金", null, null) { PriorYears = Years(null, null) },
            new CompositionLine("合计", Wan("1157.86"), Percentage.Parse("100.00%")) { PriorYears = Years("971.63", "7020.89") },
        },

        // 支出构成: the 2021 年 column is blank on every expenditure line (the double space in the extracted text), only
        // 2022 年 is printed — although 收入构成 prints 2021 = 971.63. 特定目标类项目支出 prints "150" without decimals.
        Expenditure = new[]
        {
            new CompositionLine("人员类项目支出", Wan("980.99"), Percentage.Parse("84.72%")) { PriorYears = Years(null, "818.22") },
            new CompositionLine("运转类项目支出", Wan("26.87"), Percentage.Parse("2.32%")) { PriorYears = Years(null, "24.67") },
            new CompositionLine("特定目标类项目支出", Wan("150"), Percentage.Parse("12.96%")) { PriorYears = Years(null, "6178.00") },
            new CompositionLine("合计", Wan("1157.86"), Percentage.Parse("100.00%")) { PriorYears = Years(null, "7020.89") },
        },

        // 项目支出情况: 项目名称, 支出项目类别, 项目总预算, 项目本年度预算, 项目主要支出方向和用途.
        Projects = new[]
        {
            new GoalProject("开展城乡居民医疗保险宣传等工作经费", "特定目标类项目", Wan("150.00"), Wan("150.00"), "商品服务支出"),
        },
        LongTermGoals = new[] { OverallGoalText },
        AnnualGoals = new[] { OverallGoalText },
        LongTermIndicators = new[]
        {
            Indicator("产出指标", "质量指标", "定点医疗机构签订《武汉市基本医疗工伤生育保险定点医药机构管理协议》完成率", "100%"),
            Indicator("产出指标", "质量指标", "城乡居民医保费用月度预付和年度清算", "落实“双总控”"),
            Indicator("产出指标", "质量指标", "完成医保事业单位机构改革", "100%"),
            Indicator("产出指标", "数量指标", "举办打击欺诈骗保险培训班期数", "≧5 期"),
            Indicator("产出指标", "数量指标", "培训打击欺诈骗保险人次", "≧700 人次"),
            Indicator("产出指标", "数量指标", "打击欺诈骗保险宣传发放宣传单", "≧10000 张"),
            Indicator("产出指标", "数量指标", "打击欺诈骗保险宣传制作宣传展板", "≧15 个"),
            Indicator("产出指标", "质量指标", "组织第三方机构检查定点医疗机构", "≧40 家"),
            Indicator("产出指标", "质量指标", "异地就医直接结算率", "100%"),
            Indicator("效益指标", "社会经济效益指标", "加强医疗机构费用控制，保障基金安全运行", "成效显著"),
            Indicator("效益指标", "服务对象满意度指标", "社会群众对医保工作满意度", "≧90%"),
        },

        // 年度目标: 近两年指标值 (前年, 上年) are blank on every line; the value printed is the 预期当年实现值.
        AnnualIndicators = new[]
        {
            // The third-level name is cut off in print ("…工伤生育保"), transcribed as printed.
            Indicator("产出指标", "质量指标", "定点医疗机构签订《武汉市基本医疗工伤生育保", "100%"),
            Indicator("产出指标", "质量指标", "城乡居民医保费用月度预付和年度清算", "落实“双总控”"),
            Indicator("产出指标", "质量指标", "完成医保事业单位机构改革", "100%"),
            Indicator("产出指标", "数量指标", "举办打击欺诈骗保险培训班期数", "≧5 期"),
            Indicator("产出指标", "数量指标", "培训打击欺诈骗保险人次", "≧700 人次"),
            Indicator("产出指标", "数量指标", "打击欺诈骗保险宣传发放宣传单", "≧10000 张"),
            Indicator("产出指标", "数量指标", "打击欺诈骗保险宣传制作宣传展板", "≧15 个"),
            Indicator("产出指标", "质量指标", "组织第三方机构检查定点医疗机构家数", "≧40 家"),
            Indicator("产出指标", "成本指标", "预算执行率", "100%"),
            Indicator("效益指标", "社会经济效益指标", "加强医疗机构费用控制，保障基金安全运行", "成效显著"),
            Indicator("效益指标", "服务对象满意度指标", "社会群众对医保工作满意度", "≧90%"),
        },
    };

    private static ProjectPerformanceGoal ProjectGoal() => new("开展城乡居民医疗保险宣传等工作经费")
    {
        ProjectCode = ProjectCode,
        Department = DepartmentName,
        ExecutingUnit = UnitName,
        Manager = "胡秋泉",
        Phone = "85922296",
        Address = "武汉市黄陂区黄陂大道 380 号",
        PostCode = "430300",
        Attribute = "特定目标类项目",
        Category = "公共项目",
        StartYear = 2023,
        EndYear = 2023,
        Reason = "1、 中共黄陂区委黄陂区人民政府关于黄陂区区级机构改革的实施意见（陂发〔2019〕2 号）；"
            + "2、 区委办公室区政府办公室关于印发《武汉市黄陂区医疗保障局职能配置、内设机构和人员编制规定》的通知（陂办文〔2019〕18 号）；"
            + "3、 中共黄陂区委组织部《关于做好 2020 年全区软弱涣散村（社区）基层党组织整顿工作有关事项的通知；"
            + "4、 区医疗保障局《黄陂区 2021 年医疗保障工作要点》（陂医保〔2021〕3 号）。",
        Content = "1、 政策宣传等工作，包括精准扶贫、居民医保、职工医保、灵活就业医保、企业医保、大厅服务窗口和电视媒体宣传等；"
            + "2、 信息化建设、网络系统维护等工作；"
            + "3、 医药服务、医保业务培训、检查等相关工作。",

        // 项目总预算 150, 项目当年预算 150 — printed without decimals in a 万元 table.
        TotalBudget = Wan("150"),
        YearBudget = Wan("150"),
        BudgetHistory = "2021 年起纳入预算，2021 年度预算 158 万元，2022 年度 178万元",

        // 项目资金来源 (来源项目, 金额); blank lines stay null.
        FundingSources = new[]
        {
            new NamedAmount("合计", Wan("150")),
            new NamedAmount("1.一般公共预算财政拨款收入", Wan("150")),
            new NamedAmount("1.一般公共预算财政拨款收入.其中：申请当年预算拨款", Wan("150")),
            new NamedAmount("2.政府性基金预算财政拨款收入", null),
            new NamedAmount("2.政府性基金预算财政拨款收入.其中：申请当年预算拨款", null),
            new NamedAmount("3.财政专户管理资金", null),
            new NamedAmount("4.单位资金", null),
            new NamedAmount("4.单位资金.其中：事业收入", null),
            new NamedAmount("4.单位资金.上级补助收入", null),
            new NamedAmount("4.单位资金.附属单位上缴收入", null),
            new NamedAmount("4.单位资金.事业单位经营收入", null),
            new NamedAmount("4.单位资金.其他收入", null),
        },

        // 项目支出明细测算: 支出经济分类 printed by name only ("其他商品服务支出", no code), so EconomicCode is left null.
        CostItems = new[]
        {
            new CostItem("开展城乡居民医疗保险宣传等工作经费", "其他商品服务支出", Wan("90"))
            {
                Description = "政策宣传等工作经费（包括精准扶贫、居民医保、职工医保、灵活就业医保、企业医保、大厅服务窗口和电视媒体宣传等）",
                Basis = "根据每年年度目标工作任务以及日常工作安排",
            },
            new CostItem("开展城乡居民医疗保险宣传等工作经费", "其他商品服务支出", Wan("40"))
            {
                Description = "信息化建设、网络系统维护等工作经费",
                Basis = "根据每年年度目标工作任务以及日常工作安排",
            },
            new CostItem("开展城乡居民医疗保险宣传等工作经费", "其他商品服务支出", Wan("20"))
            {
                Description = "医药服务、医保业务培训、检查等相关工作经费",
                Basis = "根据每年年度目标工作任务以及日常工作安排",
            },
        },

        // 项目采购 (品名, 数量, 金额): printed empty.
        Procurement = Array.Empty<ProcurementItem>(),
        LongTermGoals = new[] { OverallGoalText },
        AnnualGoals = new[] { OverallGoalText },

        // 长期绩效目标表 (目标名称 "开展医保政策宣传，完善医保信息化建设和网络系统维护，提升医保公共服务水平。").
        LongTermIndicators = new[]
        {
            Indicator("产出指标", "质量指标", "定点医疗机构签订《武汉市基本医疗工伤生育保险定点医药机构管理协议》完成率", "100%", OverallGoalText),
            Indicator("产出指标", "质量指标", "城乡居民医保费用月度预付和年度清算", "落实“双总控”", OverallGoalText),
            Indicator("产出指标", "质量指标", "完成医保事业单位机构改革", "100%", OverallGoalText),
            Indicator("产出指标", "数量指标", "举办打击欺诈骗保险培训班期数", "≧5 期", OverallGoalText),
            Indicator("产出指标", "数量指标", "培训打击欺诈骗保险人次", "≧700 人次", OverallGoalText),
            Indicator("产出指标", "数量指标", "打击欺诈骗保险宣传发放宣传单", "≧10000 张", OverallGoalText),
            Indicator("产出指标", "数量指标", "打击欺诈骗保险宣传制作宣传展板", "≧15 个", OverallGoalText),
            Indicator("产出指标", "质量指标", "组织第三方机构检查定点医疗机构", "≧40 家", OverallGoalText),
            Indicator("产出指标", "质量指标", "异地就医直接结算率", "100%", OverallGoalText),
            Indicator("效益指标", "社会经济效益指标", "加强医疗机构费用控制，保障基金安全运行", "成效显著", OverallGoalText),
            Indicator("效益指标", "服务对象满意度指标", "社会群众对医保工作满意度", "≧90%", OverallGoalText),
        },

        // 年度绩效目标表: 前年/上年 blank on every line; the value printed is 预计当年实现.
        AnnualIndicators = new[]
        {
            // The first two names are garbled in print: the first is cut off after "工伤", and its remainder
            // ("生育保险定点医药机", itself truncated) is printed at the start of the second. Transcribed as printed.
            Indicator("产出指标", "质量指标", "定点医疗机构签订《武汉市基本医疗工伤", "100%", OverallGoalText),
            Indicator("产出指标", "质量指标", "生育保险定点医药机城乡居民医保费用月度预付和年度清算", "落实“双总控”", OverallGoalText),
            Indicator("产出指标", "质量指标", "完成医保事业单位机构改革", "100%", OverallGoalText),
            Indicator("产出指标", "数量指标", "举办打击欺诈骗保险培训班期数", "≧5 期", OverallGoalText),
            Indicator("产出指标", "数量指标", "培训打击欺诈骗保险人次", "≧700 人次", OverallGoalText),
            Indicator("产出指标", "数量指标", "打击欺诈骗保险宣传发放宣传单", "≧10000 张", OverallGoalText),
            Indicator("产出指标", "数量指标", "打击欺诈骗保险宣传制作宣传展板", "≧15 个", OverallGoalText),
            Indicator("产出指标", "质量指标", "组织第三方机构检查定点医疗机构家数", "≧40 家", OverallGoalText),
            Indicator("产出指标", "成本指标", "预算执行率", "100%", OverallGoalText),
            Indicator("效益指标", "社会经济效益指标", "加强医疗机构费用控制，保障基金安全运行", "成效显著", OverallGoalText),
            Indicator("效益指标", "服务对象满意度指标", "社会群众对医保工作满意度", "≧90%", OverallGoalText),
        },
    };

    private static PerformanceIndicator Indicator(string level1, string level2, string level3, string target, string? goal = null)
        => new(level1, level2, level3, IndicatorValue.Parse(target)) { Basis = "计划标准", Goal = goal };

    private static YearAmount[] Years(string? y2021, string? y2022) => new[]
    {
        new YearAmount(2021, y2021 is null ? null : Wan(y2021)),
        new YearAmount(2022, y2022 is null ? null : Wan(y2022)),
    };
}
