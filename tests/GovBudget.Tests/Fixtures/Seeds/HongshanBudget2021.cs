using GovBudget.Amounts;
using GovBudget.Building;
using GovBudget.Classification;
using GovBudget.Disclosures;
using GovBudget.Tables;
using GovBudget.Tables.Budget;
using GovBudget.Tables.Performance;

namespace GovBudget.Tests.Fixtures.Seeds;

/// <summary>
/// 武汉市洪山区医疗保障局 2021 年部门预算 (older layout, 13 tables), transcribed through the builder from
/// <c>shared/seeds/hongshan-2021-budget.txt</c>. Every number was checked against the seed text and is kept as
/// printed, including the document's own slips (e.g. 整体支出绩效目标表 基本支出 282.86 printed as 35.14% of 737.86).
/// </summary>
/// <remarks>
/// Table ids: 一 → L1, 二 → 表5-1, 三 → 表6, 四 → L4, 五 → L5, 六 → L6, 七 → L7, 八 → 表3, 九 → L9, 十 → L10,
/// 十一 → L11, 十二 → 表11 (OverallGoal), 十三 → 表12-1 … 表12-3 (ProjectGoals); see <see cref="LegacyBudgetTables"/>.
/// </remarks>
public static class HongshanBudget2021
{
    private const string DepartmentCode = "046";
    private const string UnitCode = "046001";

    private static readonly Lazy<BudgetDisclosure> Instance = new(() => (BudgetDisclosure)Builder().Build());

    // The functional 类 printed (all of them, most blank) in the summary tables 一 and 六, with their printed names.
    private static readonly (string Code, string Name)[] PrintedClasses =
    [
        ("201", "一般公共服务支出"),
        ("203", "国防支出"),
        ("204", "公共安全支出"),
        ("205", "教育支出"),
        ("206", "科学技术支出"),
        ("207", "文化旅游体育与传媒支出"),
        ("208", "社会保障和就业支出"),
        ("210", "卫生健康支出"),
        ("211", "节能环保支出"),
        ("212", "城乡社区支出"),
        ("213", "农林水支出"),
        ("214", "交通运输支出"),
        ("215", "资源勘探工业信息等支出"),
        ("216", "商业服务业等支出"),
        ("217", "金融支出"),
        ("219", "援助其他地区支出"),
        ("220", "自然资源海洋气象等支出"),
        ("221", "住房保障支出"),
        ("222", "粮油物资储备支出"),
        ("224", "灾害防治及应急管理支出"),
        ("227", "预备费"),
        ("229", "其他支出"),
        ("230", "转移性支出"),
        ("231", "债务还本支出"),
        ("232", "债务付息支出"),
        ("233", "债务发行费支出"),
        ("234", "抗疫特别国债安排的支出"),
    ];

    // The economic 类 printed in the 支出经济分类 block of tables 一 and 六.
    private static readonly (string Code, string Name)[] PrintedEconomicClasses =
    [
        ("301", "工资福利支出"),
        ("302", "商品和服务支出"),
        ("303", "对个人和家庭的补助"),
        ("307", "债务利息及费用支出"),
        ("309", "资本性支出（基本建设）"),
        ("310", "资本性支出"),
        ("311", "对企业补助（基本建设）"),
        ("312", "对企业补助"),
        ("313", "对社会保障基金补助"),
        ("399", "其他支出"),
    ];

    /// <summary>The disclosure (built once).</summary>
    public static BudgetDisclosure Disclosure => Instance.Value;

    /// <summary>A fresh builder holding the whole disclosure, for tests that change it before building.</summary>
    public static DisclosureBuilder Builder()
    {
        // 第一部分 (二)部门预算单位构成: 机关 only, 行政单位 1 个. Codes 046 / 046001 from 项目支出预算明细表.
        var b = DisclosureBuilder.Budget(2021)
            .Department(DepartmentCode, "武汉市洪山区医疗保障局")
            .Unit(UnitCode, "医疗保障局机关", UnitKind.Administrative)
            .TableSet("hubei.budget.legacy");

        AddSummaryTables(b);
        AddFunctionalTables(b);
        AddProjectTables(b);
        AddPerformance(b);
        AddFiguresAndStatements(b);
        return b;
    }

    private static void AddSummaryTables(DisclosureBuilder b)
    {
        // 一、财政拨款收支预算总表 (单位：万元). Income side: one column 预算数 (= 合计). Expenditure side: 功能 类 and,
        // beside it, the 支出类别 / 支出经济分类 block, both with 合计 / 一般公共预算 / 政府性基金预算.
        b.Table(LegacyBudgetTables.AppropriationSummary, t =>
        {
            t.Columns("合计")
                .Item("一般公共预算财政拨款收入", "737.86")
                .Item("政府性基金预算财政拨款收入", "")
                .Item("本年收入合计", "737.86")
                .Item("上年结转", "") // printed "三、上年结转", blank
                .Item("收入总计", "737.86");
            t.Columns("合计", "一般公共预算", "政府性基金预算");
            foreach (var (code, name) in PrintedClasses)
            {
                _ = code switch
                {
                    "208" => t.Row(code, name, "29.60", "29.60", ""),
                    "210" => t.Row(code, name, "708.26", "708.26", ""),
                    _ => t.Row(code, name, "", "", ""),
                };
            }

            t.Item("本年支出合计", "737.86", "737.86", "")
                .Item("支出总计", "737.86", "737.86", "")
                // 支出类别分类 block.
                .Item("基本支出", "282.86", "282.86", "")
                .Item("基本支出.工资福利支出", "220.90", "220.90", "")
                .Item("基本支出.对个人和家庭的补助", "", "", "")
                .Item("基本支出.公用经费支出", "61.96", "61.96", "")
                .Item("项目支出", "455.00", "455.00", "")
                .Item("上缴上级支出", "", "", "")
                .Item("对附属单位补助支出", "", "", "")
                .Item("事业单位经营支出", "", "", "");
            // 支出经济分类 block.
            foreach (var (code, name) in PrintedEconomicClasses)
            {
                _ = code switch
                {
                    "301" => t.Row(code, name, "220.90", "220.90", ""),
                    "302" => t.Row(code, name, "166.96", "166.96", ""),
                    "303" => t.Row(code, name, "350.00", "350.00", ""),
                    _ => t.Row(code, name, "", "", ""),
                };
            }

            t.Item("支出类别.本年支出合计", "737.86", "737.86", "")
                .Item("支出类别.结转下年", "", "", ""); // printed "六、结转下年", blank
        });

        // 六、部门收支总表 (单位：万元), one column 预算数.
        b.Table(LegacyBudgetTables.IncomeExpenditureSummary, t =>
        {
            t.Item("一般公共预算财政拨款收入", "737.86")
                .Item("政府性基金预算财政拨款收入", "")
                .Item("事业收入", "")
                .Item("上级补助收入", "")
                .Item("附属单位上缴收入", "")
                .Item("事业单位经营收入", "")
                .Item("其他收入", "")
                .Item("本年收入合计", "737.86")
                .Item("用事业基金弥补收支差额", "")
                .Item("上年结转", "")
                .Item("收入总计", "737.86");
            foreach (var (code, name) in PrintedClasses)
            {
                _ = code switch
                {
                    "208" => t.Row(code, name, "29.60"),
                    "210" => t.Row(code, name, "708.26"),
                    _ => t.Row(code, name, ""),
                };
            }

            t.Item("本年支出合计", "737.86")
                .Item("结转下年", "")
                .Item("支出总计", "737.86")
                .Item("基本支出", "282.86")
                .Item("基本支出.工资福利支出", "220.90")
                .Item("基本支出.对个人和家庭的补助", "")
                .Item("基本支出.公用经费支出", "61.96")
                .Item("项目支出", "455.00")
                .Item("上缴上级支出", "")
                .Item("对附属单位补助支出", "")
                .Item("事业单位经营支出", "");
            foreach (var (code, name) in PrintedEconomicClasses)
            {
                _ = code switch
                {
                    "301" => t.Row(code, name, "220.90"),
                    "302" => t.Row(code, name, "166.96"),
                    "303" => t.Row(code, name, "350.00"),
                    _ => t.Row(code, name, ""),
                };
            }

            t.Item("支出类别.本年支出合计", "737.86")
                .Item("支出类别.结转下年", "")
                .Item("支出类别.支出总计", "737.86");
        });
    }

    private static void AddFunctionalTables(DisclosureBuilder b)
    {
        // 二、一般公共预算支出表 (单位：万元): 总计 / 基本支出 / 项目支出 only. Where a row prints two equal numbers the
        // second is placed by meaning: 城乡医疗救助 (21013/2101301), 一般行政管理事务 and 医疗保障政策管理 are projects
        // (项目支出预算明细表), the other rows basic expenditure.
        b.Table(BudgetTables.GeneralBudgetByFunction, t => t
            .Columns("合计", "基本支出", "项目支出")
            .Total("737.86", "282.86", "455.00")
            .Row("208", "社会保障和就业支出", "29.60", "29.60", "")
            .Row("20805", "行政事业单位养老支出", "29.60", "29.60", "")
            .Row("2080505", "机关事业单位基本养老保险缴费支出", "27.00", "27.00", "")
            .Row("2080506", "机关事业单位职业年金缴费支出", "2.60", "2.60", "")
            .Row("210", "卫生健康支出", "708.26", "253.26", "455.00")
            .Row("21011", "行政事业单位医疗", "9.84", "9.84", "")
            .Row("2101101", "行政单位医疗", "9.84", "9.84", "")
            .Row("21013", "医疗救助", "350.00", "", "350.00")
            .Row("2101301", "城乡医疗救助", "350.00", "", "350.00")
            .Row("21015", "医疗保障管理事务", "348.42", "243.42", "105.00")
            .Row("2101501", "行政运行", "243.42", "243.42", "")
            .Row("2101502", "一般行政管理事务", "32.65", "", "32.65")
            .Row("2101505", "医疗保障政策管理", "72.35", "", "72.35"));

        // 三、一般公共预算基本支出表 (单位：万元): 基本支出 小计 / 人员经费 / 公用经费.
        b.Table(BudgetTables.GeneralBudgetBasicByEconomic, t => t
            .Total("282.86", "220.90", "61.96")
            .Row("301", "工资福利支出", "220.90", "220.90", "")
            .Row("30101", "基本工资", "30.37", "30.37", "")
            .Row("30102", "津贴补贴", "34.58", "34.58", "")
            .Row("30103", "奖金", "2.53", "2.53", "")
            .Row("30108", "机关事业单位基本养老保险缴费", "27.00", "27.00", "")
            .Row("30109", "职业年金缴费", "2.60", "2.60", "")
            .Row("30110", "职工基本医疗保险缴费", "9.84", "9.84", "")
            .Row("30112", "其他社会保障缴费", "2.31", "2.31", "")
            .Row("30113", "住房公积金", "20.00", "20.00", "")
            .Row("30199", "其他工资福利支出", "91.67", "91.67", "")
            .Row("302", "商品和服务支出", "61.96", "", "61.96")
            .Row("30201", "办公费", "1.16", "", "1.16")
            .Row("30202", "印刷费", "0.06", "", "0.06")
            .Row("30205", "水费", "0.15", "", "0.15")
            .Row("30206", "电费", "1.38", "", "1.38")
            .Row("30207", "邮电费", "0.79", "", "0.79")
            .Row("30209", "物业管理费", "0.20", "", "0.20")
            .Row("30211", "差旅费", "2.55", "", "2.55")
            .Row("30213", "维修(护)费", "0.26", "", "0.26")
            .Row("30216", "培训费", "0.84", "", "0.84")
            .Row("30226", "劳务费", "35.16", "", "35.16")
            .Row("30228", "工会经费", "2.32", "", "2.32")
            .Row("30229", "福利费", "2.91", "", "2.91")
            .Row("30239", "其他交通费用", "6.08", "", "6.08")
            .Row("30299", "其他商品和服务支出", "8.10", "", "8.10"));

        // 四、一般公共预算“三公”经费支出表: header only, no rows.
        b.Table(LegacyBudgetTables.ThreePublicExpensesByFunction, t => t
            .Remark("说明：无三公经费预算支出"));

        // 五、政府性基金预算支出表: one row printed as "/ / / / / / /" (nothing to key it by; left out).
        b.Table(LegacyBudgetTables.GovernmentFundExpenditureByUnit, t => t
            .Remark("说明：无政府性基金预算"));

        // 七、部门收入总表 (单位：万元): only 总计 and 一般公共预算财政拨款收入 carry numbers. The rows 2101502 and 2101505
        // are printed after a page break in the middle of 八、部门支出总表 (extraction order); they belong here.
        b.Table(LegacyBudgetTables.IncomeSummary, t => t
            .Columns("合计", "一般公共预算")
            .Total("737.86", "737.86")
            .Row("208", "社会保障和就业支出", "29.60", "29.60")
            .Row("20805", "行政事业单位养老支出", "29.60", "29.60")
            .Row("2080505", "机关事业单位基本养老保险缴费支出", "27.00", "27.00")
            .Row("2080506", "机关事业单位职业年金缴费支出", "2.60", "2.60")
            .Row("210", "卫生健康支出", "708.26", "708.26")
            .Row("21011", "行政事业单位医疗", "9.84", "9.84")
            .Row("2101101", "行政单位医疗", "9.84", "9.84")
            .Row("21013", "医疗救助", "350.00", "350.00")
            .Row("2101301", "城乡医疗救助", "350.00", "350.00")
            .Row("21015", "医疗保障管理事务", "348.42", "348.42")
            .Row("2101501", "行政运行", "243.42", "243.42")
            .Row("2101502", "一般行政管理事务", "32.65", "32.65")
            .Row("2101505", "医疗保障政策管理", "72.35", "72.35"));

        // 八、部门支出总表 (单位：万元): only 总计 / 基本支出 / 项目支出 carry numbers; the placement of the second number of
        // two-number rows follows meaning, as in 二.
        b.Table(BudgetTables.ExpenditureSummary, t => t
            .Columns("合计", "基本支出", "项目支出")
            .Total("737.86", "282.86", "455.00")
            .Row("208", "社会保障和就业支出", "29.60", "29.60", "")
            .Row("20805", "行政事业单位养老支出", "29.60", "29.60", "")
            .Row("2080505", "机关事业单位基本养老保险缴费支出", "27.00", "27.00", "")
            .Row("2080506", "机关事业单位职业年金缴费支出", "2.60", "2.60", "")
            .Row("210", "卫生健康支出", "708.26", "253.26", "455.00")
            .Row("21011", "行政事业单位医疗", "9.84", "9.84", "")
            .Row("2101101", "行政单位医疗", "9.84", "9.84", "")
            .Row("21013", "医疗救助", "350.00", "", "350.00")
            .Row("2101301", "城乡医疗救助", "350.00", "", "350.00")
            .Row("21015", "医疗保障管理事务", "348.42", "243.42", "105.00")
            .Row("2101501", "行政运行", "243.42", "243.42", "")
            .Row("2101502", "一般行政管理事务", "32.65", "", "32.65")
            .Row("2101505", "医疗保障政策管理", "72.35", "", "72.35"));
    }

    private static void AddProjectTables(DisclosureBuilder b)
    {
        var department = RowKey.Unit(DepartmentCode);
        var unit = RowKey.Unit(UnitCode);

        // 九、项目支出预算明细表 (单位：万元). Group rows print 总计, 财政拨款（补助）, 其中政府采购, 其中政府购买服务.
        // After a page break the rows "046 医疗保障局" and "046001 医疗保障局机关" are printed a second time with the same
        // figures (455.00 455.00 60.00 83.65); read as a repeated page header and not transcribed twice.
        b.Table(LegacyBudgetTables.ProjectExpenditureDetail, t =>
        {
            var recurring = RowKey.Category("经常性支出项目");
            t.Columns("合计", "财政拨款", "其中政府采购", "其中政府购买服务")
                .Total("455.00", "455.00", "60.00", "83.65")
                .Row(department, "医疗保障局", RowKey.Total, "455.00", "455.00", "60.00", "83.65")
                .Row(unit, "医疗保障局机关", department, "455.00", "455.00", "60.00", "83.65")
                .Row(recurring, "经常性支出项目", unit, "455.00", "455.00", "60.00", "83.65")
                .Row(RowKey.Category("机构运转"), "机构运转", recurring, "32.65", "32.65", "8.00", "31.65")
                .Row(RowKey.Category("社会保障救助资金"), "社会保障救助资金", recurring, "350.00", "350.00", "", "")
                .Row(RowKey.Category("其他类项目"), "其他类项目", recurring, "72.35", "72.35", "52.00", "52.00");
            t.Columns("单位代码", "功能科目编码", "功能科目名称", "项目目录", "合计", "财政拨款", "是否政府采购", "是否政府购买服务", "其中政府采购", "其中政府购买服务")
                .Row(RowKey.Project("机构运转"), "机构运转", RowKey.Category("机构运转"), UnitCode, "2101502", "一般行政管理事务", "机构运转", "32.65", "32.65", "是", "是", "8.00", "31.65")
                .Row(RowKey.Project("医疗救助经费发放"), "医疗救助经费发放", RowKey.Category("社会保障救助资金"), UnitCode, "2101301", "城乡医疗救助", "社会保障救助资金", "350.00", "350.00", "否", "否", "", "")
                .Row(RowKey.Project("打击欺诈骗保工作经费"), "打击欺诈骗保工作经费", RowKey.Category("其他类项目"), UnitCode, "2101505", "医疗保障政策管理", "其他类项目", "72.35", "72.35", "是", "是", "52.00", "52.00");
        });

        // 十、政府采购预算表 (单位：万元). Only 总计 and 财政拨款（补助） carry numbers; 规格型号, 采购数量, 计量单位 and
        // 采购时间 are blank. Unreadable spot: the header (22 栏次) has no separate 品目 column, yet each row prints a
        // purchased item (印刷服务, 政策宣传、咨询 …) between 项目名称 and 购买服务指导性目录; it is kept as 采购品目.
        b.Table(LegacyBudgetTables.GovernmentProcurement, t =>
        {
            t.Columns("合计", "财政拨款")
                .Total("88.65", "88.65")
                .Row(department, "医疗保障局", RowKey.Total, "88.65", "88.65")
                .Row(unit, "医疗保障局机关", department, "88.65", "88.65");
            t.Columns("单位代码", "功能科目编码", "科目名称", "项目名称", "采购品目", "购买服务指导性目录", "购买服务三级目录", "合计", "财政拨款");
            foreach (var line in ServiceLines)
            {
                t.Row(RowKey.Item(line.Key), line.Key, unit, UnitCode, line.Subject, line.SubjectName, line.Project, line.Item, line.Level1, line.Level2, line.Amount, line.Amount);
            }
        });

        // 十一、政府购买服务表 (单位：万元): the same ten lines as 十 (same order, 目录 and amounts); the purchased item is not
        // printed here, the row keys are those of the matching 政府采购预算表 rows.
        b.Table(LegacyBudgetTables.PurchasedServices, t =>
        {
            t.Columns("合计", "财政拨款")
                .Total("88.65", "88.65")
                .Row(department, "医疗保障局", RowKey.Total, "88.65", "88.65")
                .Row(unit, "医疗保障局机关", department, "88.65", "88.65");
            t.Columns("单位代码", "功能科目编码", "科目名称", "项目名称", "一级目录", "二级目录", "合计", "财政拨款");
            foreach (var line in ServiceLines)
            {
                t.Row(RowKey.Item(line.Key), line.Project, unit, UnitCode, line.Subject, line.SubjectName, line.Project, line.Level1, line.Level2, line.Amount, line.Amount);
            }
        });
    }

    // The ten lines of 十、政府采购预算表 / 十一、政府购买服务表, in printed order (功能科目 printed split 类 款 项).
    private static readonly ServiceLine[] ServiceLines =
    [
        new("210 15 01", "行政运行", "日常公用经费", "印刷服务", "政府履职所需辅助性服务", "后勤服务", "5.00"),
        new("210 15 02", "一般行政管理事务", "机构运转", "政策宣传、咨询", "其他", "其他", "5.00"),
        new("210 15 02", "一般行政管理事务", "机构运转", "财务会计审查、审计（含代理记账等）", "政府履职所需辅助性服务", "财务会计审计", "6.00"),
        new("210 15 02", "一般行政管理事务", "机构运转", "印刷服务", "政府履职所需辅助性服务", "后勤服务", "8.00"),
        new("210 15 02", "一般行政管理事务", "机构运转", "软、硬件及信息平台运营维护", "政府履职所需辅助性服务", "机关信息系统建设与维护", "7.15"),
        new("210 15 02", "一般行政管理事务", "机构运转", "政府行政效能考评", "政府履职所需辅助性服务", "绩效评价", "3.00"),
        new("210 15 02", "一般行政管理事务", "机构运转", "档案整理服务", "其他", "其他", "2.50"),
        new("210 15 05", "医疗保障政策管理", "打击欺诈骗保工作经费", "财务会计审查、审计（含代理记账等）", "政府履职所需辅助性服务", "财务会计审计", "24.00"),
        new("210 15 05", "医疗保障政策管理", "打击欺诈骗保工作经费", "聘请第三方机构检查评审", "政府履职所需辅助性服务", "监督检查", "25.00"),
        new("210 15 05", "医疗保障政策管理", "打击欺诈骗保工作经费", "印刷服务", "政府履职所需辅助性服务", "后勤服务", "3.00"),
    ];

    private static void AddPerformance(DisclosureBuilder b)
    {
        const string Basis = "计划标准";
        const string Goal = "保障局机关日常工作，强化各社区、医院、药店、经办机构和参保人员的法治意识，推动全社会共同关注、支持、参与打击欺诈骗保工作，加强医保基金监管，保护广大人民群众的根本利益。";

        // 十二、部门整体支出绩效目标表. 基本支出 282.86 is printed as 35.14% of 737.86 (it is 38.34%); kept as printed.
        // 近两年收支金额 printed without decimals where whole (67.5, 51, 16.5, 0, 290).
        b.OverallGoal(new OverallPerformanceGoal("武汉市洪山区医疗保障局")
        {
            Income = new[]
            {
                Composition(b, "财政拨款", "737.86", "100.00%", "67.5", "531.54"),
                Composition(b, "其他资金", "0", "0.00%", "0", "0"),
                Composition(b, "合计", "737.86", "100.00%", "67.5", "531.54"),
            },
            Expenditure = new[]
            {
                Composition(b, "基本支出", "282.86", "35.14%", "51", "241.54"),
                Composition(b, "项目支出", "455", "61.66%", "16.5", "290"),
                Composition(b, "合计", "737.86", "100.00%", "67.5", "531.54"),
            },
            LongTermGoals = new[] { Goal },
            AnnualGoals = new[] { Goal },
            LongTermIndicators = new[]
            {
                Indicator("产出指标", "数量指标", "政策宣传", "应知尽知", Basis),
                Indicator("产出指标", "质量指标", "对两定医药机构抽查完成率", "100%", Basis),
                Indicator("产出指标", "质量指标", "工作考核等级", "优秀", Basis),
                Indicator("效益指标", "社会效益指标", "医疗救助对象覆盖范围", "全覆盖", Basis),
                Indicator("效益指标", "满意度指标", "群众对医疗保障工作的满意度", "≥95%", Basis),
            },
            AnnualIndicators = new[]
            {
                Indicator("产出指标", "数量指标", "政策宣传活动次数", "≥5 次", Basis),
                Indicator("产出指标", "质量指标", "对两定医药机构抽查完成率", "100%", Basis),
                Indicator("产出指标", "质量指标", "工作考核等级", "优秀", Basis),
                Indicator("效益指标", "社会效益指标", "医疗救助对象覆盖范围", "逐步扩大", Basis),
                Indicator("效益指标", "满意度指标", "群众对医疗保障工作的满意度", "≥90%", Basis),
            },
        });

        // 十三、项目支出绩效目标表 1. 机构运转.
        b.ProjectGoal(new ProjectPerformanceGoal("机构运转")
        {
            TableId = "表12-1",
            Department = "洪山区医疗保障局",
            ExecutingUnit = "洪山区医疗保障局",
            Manager = "陈勇",
            Reason = "1. 依据：《全区守法普法工作要点》；《洪财会发》【2020】1 号；《湖北省机关档案工作目标管理考评办法》鄂档规【2016】1号；洪办发【2020】2号。2.现实意义：保障局机关日常工作运转，为医保专项提供优质的后勤服务。",
            Content = "本年度经费主要用于聘请法律顾问、党建活动及宣传、信息化设备网络维护、法制宣传、内控编制、档案整理、绩效评价、综治文创等日常工作。",
            TotalBudget = b.Value("32.65"),
            YearBudget = b.Value("32.65"),
            BudgetHistory = "2019年预算为 49.5万元；2020年预算为 3 万元；2021年预算为 32.65万元。",
            FundingSources = Funding(b, "32.65"),
            CostItems = new[]
            {
                Cost(b, "聘请法律顾问", "5"),
                Cost(b, "党建活动及宣传", "3"),
                Cost(b, "信息化设备网络维护", "7.15"),
                Cost(b, "法制宣传", "2"),
                Cost(b, "内控编制", "6"),
                Cost(b, "档案整理", "2.5"),
                Cost(b, "综治文创", "4"),
                Cost(b, "绩效评价", "3"),
            },
            AnnualGoals = new[] { "按照国家、省、市医保局和区委、区政府工作部署，坚持以人民为中心的发展思想，围绕深化改革、强化管理、优化服务、提升能力，以深化医疗保障制度改革为主线，克难攻坚、主动创新，不断完善洪山医疗保障制度，实现我区医疗保障事业高质量发展。" },
            AnnualIndicators = new[]
            {
                Indicator("产出指标", "数量指标", "党建宣传及活动次数", "≥5次"),
                Indicator("产出指标", "数量指标", "法制宣传次数", "≥2次"),
                Indicator("产出指标", "质量指标", "内控制度建设", "达标"),
                Indicator("产出指标", "质量指标", "档案整理工作", "达标"),
                Indicator("效益指标", "满意度指标", "群众对部门工作的满意度", "90%"),
            },
        });

        // 十三、2. 医疗救助经费: 项目总预算 / 当年预算 417, while 九、项目支出预算明细表 and 二、一般公共预算支出表 give 350.00
        // (医疗救助经费发放, 2101301); kept as printed.
        b.ProjectGoal(new ProjectPerformanceGoal("医疗救助经费")
        {
            TableId = "表12-2",
            Department = "洪山区医疗保障局",
            ExecutingUnit = "洪山区医疗保障局",
            Manager = "陈勇",
            Reason = "1. 依据：武政规（2013）18 号_市人民政府关于调整我市城镇职工大额医疗保险政策的通知、武政规[2019]29 号支出型贫困家庭救助实施办法（试行）和武汉市人民政府关于印发武汉市医疗救助实施办法的通知（武政规[2016]32号）。2. 现实意义：利于减轻困难居民医疗负担，保障困难群众的基本生存效益，减少因病致贫、因病返贫现象，以此使广大困难群众真切感受到党和政府的关怀与温暖。",
            Content = "该经费主要用于医疗救助、特殊人群参加医疗保险，以减轻困难群众的医疗负担。",
            TotalBudget = b.Value("417"),
            YearBudget = b.Value("417"),
            BudgetHistory = "2019年无预算，2020年预算为 256.9 万元，2021年预算为 417 万元。",
            FundingSources = Funding(b, "417"),
            CostItems = new[]
            {
                Cost(b, "医疗救助", "350"),
                Cost(b, "特殊人群参保", "67"),
            },
            AnnualGoals = new[] { "减轻困难居民医疗负担，保障困难群众的基本生存效益，提高贫困人口医疗服务的公平性和可及性，促进社会稳定，构建和谐社会。" },
            AnnualIndicators = new[]
            {
                Indicator("产出指标", "数量指标", "医疗救助人员", "≥3000人次"),
                Indicator("产出指标", "数量指标", "政策宣传活动", "≥5 次"),
                Indicator("产出指标", "数量指标", "重特大疾病医疗救助人次占直接救助人次比例", "≥28%"),
                Indicator("产出指标", "质量指标", "“一站式”即时结算覆盖地区", "不低于上年"),
                Indicator("效益指标", "社会效益指标", "应保尽保，应救尽救", "100%"),
                Indicator("效益指标", "满意度指标", "困难对象满意度", "≥80%"),
            },
        });

        // 十三、3. 打击欺诈骗取医保 (= 九 打击欺诈骗保工作经费, 72.35).
        b.ProjectGoal(new ProjectPerformanceGoal("打击欺诈骗取医保")
        {
            TableId = "表12-3",
            Department = "洪山区医疗保障局",
            ExecutingUnit = "洪山区医疗保障局",
            Manager = "梁鸣",
            Reason = "2. 现实意义：医保基金是老百姓的“救命钱”，具有专款专用的性质，医保基金的欺诈骗取行为，严重损害基金安全，损害了广大参保人的切实利益 1. 依据：认真落实习近平总书记关于医疗保障工作系列重要批示指导精神，牢固树立以人民健康为中心的理念，深入贯彻党的十九届三中、四中全会和十九届中央纪委四次全会及省纪委十一届四次全会精神，以零容忍的态度打击欺诈骗保行为，进一步规范定点医疗机构使用医保基金行为，促进医疗保障事业高质量发展，不断提高人民群众的幸福感和获得感。",
            Content = "专项经费主要用于举报奖励、审计费、专家费、政策法规宣传、每年参与的各类检查等工作，以提高广大人民群众的政策意识，维护医保基金安全。",
            TotalBudget = b.Value("72.35"),
            YearBudget = b.Value("72.35"),
            BudgetHistory = "2019年预算为 27.56万元；2020年预算为 30.1万元，2021年预算为 72.35 万元",
            FundingSources = Funding(b, "72.35"),
            CostItems = new[]
            {
                Cost(b, "举报奖励费", "15"),
                Cost(b, "购买服务：审计费", "24"),
                Cost(b, "购买服务：专家费", "25"),
                Cost(b, "政策法规业务宣传", "3.6"),
                Cost(b, "工作经费", "2.75"),
                Cost(b, "每年参与国家局、省局、市局各类检查", "2"),
            },
            AnnualGoals = new[] { "加大医保基金监管工作合力，构建严密有力的基金监管机制和风险防控机制。通过监督检查全覆盖与抓重点补短板相结合、自查自纠与抽查复查相结合、强化外部监管与加强内控管理相结合，充分动员社会力量参与，督促定点医疗机构健全内部医保管理制度，遏制医保基金使用过程中的违法违规行为，充分发挥医保基金最大效能，促进医保监管由治标向治本转变。" },
            AnnualIndicators = new[]
            {
                Indicator("产出指标", "数量指标", "政策宣传活动次数", "≥2 次"),
                Indicator("产出指标", "时效指标", "处理群众举报的欺诈骗保行为的及时性", "及时", "对群众的举报线索是否按照规定时间及时进行处理"),
                Indicator("产出指标", "质量指标", "对两定医药机构抽查完成率", "100%", "聘请事务所或局内工作人员对“两定机构”按 10%的比例进行抽查"),
                Indicator("产出指标", "质量指标", "举报奖励兑现率", "100%", "经确认符合奖励条件的举报行为按规定完成兑现"),
                Indicator("效益指标", "满意度指标", "群众对医疗保障工作的满意度", "≥90%", "通过问卷调查的方式，了解群众对医保工作的满意度"),
            },
        });
    }

    private static void AddFiguresAndStatements(DisclosureBuilder b)
    {
        // 第三部分 十、其他重要事项的情况说明.
        b.Figures(new ReportedFigures
        {
            // (一)机关运行经费 61.96 万元.
            OperatingExpenses = b.Value("61.96"),
            // (二)政府采购预算: 合计 67 = 货物类 2 + 工程类 0 + 服务类 65 (十、政府采购预算表 prints 88.65; 九 prints 其中政府采购 60.00).
            Procurement = new GovernmentProcurement
            {
                Total = b.Value("67"),
                Goods = b.Value("2"),
                Works = b.Value("0"),
                Services = b.Value("65"),
            },
            // (三)政府购买服务预算: 合计 88.65 = 16 + 25 + 30 + 7.15 + 3 + 7.5.
            PurchasedServices = new[]
            {
                new NamedAmount("合计", b.Value("88.65")),
                new NamedAmount("后勤服务", b.Value("16")),
                new NamedAmount("监督检查", b.Value("25")),
                new NamedAmount("财务会计审计", b.Value("30")),
                new NamedAmount("机关信息系统建设与维护", b.Value("7.15")),
                new NamedAmount("绩效评价", b.Value("3")),
                new NamedAmount("其他", b.Value("7.5")),
            },
            // (四)国有资产占有使用情况 (截至 2020 年 12 月 31 日).
            Assets = new AssetHoldings
            {
                Vehicles = 0,
                VehiclesByKind = new[]
                {
                    new NamedCount("一般公务用车", 0, "辆"),
                    new NamedCount("一般执法执勤用车", 0, "辆"),
                    new NamedCount("特种专业技术用车", 0, "辆"),
                },
            },
            // 四、(一)“三公”经费的单位范围.
            ThreePublicCounts = new[] { new NamedCount("“三公”经费单位范围(一级、二级单位)", 1, "家") },
            // (五)预算绩效管理情况: 整体 + 3 个一级项目, 涉及一般公共预算本年财政拨款 455 万元.
            Other = new[] { new NamedAmount("预算绩效管理涉及一般公共预算本年财政拨款", b.Value("455")) },
        });

        // 2020 budget figures: 部门整体支出绩效目标表 近两年收支金额 2020 (consistent with the narrative's 增加 206.32 and 41.32).
        // The 2019 column (67.5 = 51 + 16.5) is not used: it does not match the projects' own 2019 budgets (49.5 + 27.56).
        b.PriorFigure(new PriorFigure(new CellAddress("表5-1", RowKey.Total, "合计"), 2020, DisclosureKind.Budget, b.Value("531.54")));
        b.PriorFigure(new PriorFigure(new CellAddress("表5-1", RowKey.Total, "基本支出"), 2020, DisclosureKind.Budget, b.Value("241.54")));
        b.PriorFigure(new PriorFigure(new CellAddress("表5-1", RowKey.Total, "项目支出"), 2020, DisclosureKind.Budget, b.Value("290")));
        // 十三 项目前两年预算: 机构运转 2019 49.5 / 2020 3; 医疗救助 2020 256.9 (2019 无预算); 打击欺诈 2019 27.56 / 2020 30.1.
        b.PriorFigure(new PriorFigure(new CellAddress("L9", RowKey.Project("机构运转"), "合计"), 2019, DisclosureKind.Budget, b.Value("49.5")));
        b.PriorFigure(new PriorFigure(new CellAddress("L9", RowKey.Project("机构运转"), "合计"), 2020, DisclosureKind.Budget, b.Value("3")));
        b.PriorFigure(new PriorFigure(new CellAddress("L9", RowKey.Project("医疗救助经费发放"), "合计"), 2020, DisclosureKind.Budget, b.Value("256.9")));
        b.PriorFigure(new PriorFigure(new CellAddress("L9", RowKey.Project("打击欺诈骗保工作经费"), "合计"), 2019, DisclosureKind.Budget, b.Value("27.56")));
        b.PriorFigure(new PriorFigure(new CellAddress("L9", RowKey.Project("打击欺诈骗保工作经费"), "合计"), 2020, DisclosureKind.Budget, b.Value("30.1")));

        // 第三部分 二、一般公共预算支出安排情况: 737.86, 比 2020 年预算增加 206.32 万元, 增长 38 % (206.32 / 531.54 = 38.8%).
        b.Statement(new NarrativeStatement(StatementKind.Change, "一般公共预算财政拨款支出预算(当年预算)")
        {
            Source = new CellAddress("表5-1", RowKey.Total, "合计"),
            Value = b.Value("737.86"),
            Difference = b.Value("206.32"),
            Rate = Percentage.Parse("38 %"),
            BaseYear = 2020,
            Text = "当年预算 737.86 万元，比 2020 年预算增加 206.32 万元，增长 38 %",
        });

        // 三、一般公共预算基本支出安排情况: 282.86, 增加 41.32, 增长 17%.
        b.Statement(new NarrativeStatement(StatementKind.Change, "一般公共预算基本支出")
        {
            Source = new CellAddress("表6", RowKey.Total, "合计"),
            Value = b.Value("282.86"),
            Difference = b.Value("41.32"),
            Rate = Percentage.Parse("17%"),
            BaseYear = 2020,
            Text = "一般公共预算基本支出 282.86 万元，比 2020 年预算增加 41.32 万元，增长 17%",
        });

        // 四、“三公”经费: all 0, 增加 0 (增长 0% printed for the total only). Table 四 has no rows, hence no Source.
        b.Statement(new NarrativeStatement(StatementKind.Change, "“三公”经费")
        {
            Value = b.Value("0"),
            Difference = b.Value("0"),
            Rate = Percentage.Parse("0%"),
            BaseYear = 2020,
            Text = "一般公共预算财政拨款安排“三公”经费预算 0 万元，比 2020 年预算增加 0 万元，增长 0%",
        });
        foreach (var subject in new[] { "因公出国(境)经费", "公务用车购置及运行维护费", "公务用车购置费", "公务用车运行维护费", "公务接待费" })
        {
            b.Statement(new NarrativeStatement(StatementKind.Change, subject)
            {
                Value = b.Value("0"),
                Difference = b.Value("0"),
                BaseYear = 2020,
                Text = subject + " 0 万元，比 2020 年预算增加 0 万元",
            });
        }

        // 七、部门收支预算总体安排情况: 收入 737.86, 增加 206.32, 增长 38%.
        b.Statement(new NarrativeStatement(StatementKind.Change, "全年预算安排收入")
        {
            Source = new CellAddress("L6", RowKey.Item("本年收入合计"), "预算数"),
            Value = b.Value("737.86"),
            Difference = b.Value("206.32"),
            Rate = Percentage.Parse("38%"),
            BaseYear = 2020,
            Text = "全年预算安排收入 737.86 万元，比 2020 年预算增加 206.32 万元，增长 38%",
        });

        // 九、部门支出预算安排情况: the text restates amounts of the tables. They are Restatement statements with only
        // Value and Source (no Base, no Rate), so that
        // a rule can compare them with the cell. Two are wrong: 一般公共服务支出 737.86 (201 is blank in every table;
        // 737.86 is the total) and, for 部门预算支出 737.86 by 经济分类, 商品和服务支出 61.96 / 对个人和家庭的补助 0
        // (六 prints 302 = 166.96, 303 = 350.00; 61.96 and 0 are the 基本支出 figures of 三).
        Restated(b, "一般公共服务支出", "737.86", new CellAddress("表3", Functional("201"), "合计"));
        Restated(b, "社会保障和就业支出", "29.6", new CellAddress("表3", Functional("208"), "合计"));
        Restated(b, "卫生健康支出", "708.26", new CellAddress("表3", Functional("210"), "合计"));
        Restated(b, "住房保障支出", "0", new CellAddress("表3", Functional("221"), "合计"));
        Restated(b, "其他支出", "0", new CellAddress("表3", Functional("229"), "合计"));
        Restated(b, "工资福利支出", "220.9", new CellAddress("L6", Economic("301"), "预算数"));
        Restated(b, "商品和服务支出", "61.96", new CellAddress("L6", Economic("302"), "预算数"));
        Restated(b, "对个人和家庭的补助", "0", new CellAddress("L6", Economic("303"), "预算数"));
        Restated(b, "资本性支出", "0", new CellAddress("L6", Economic("310"), "预算数"));
        Restated(b, "其他支出(经济分类)", "0", new CellAddress("L6", Economic("399"), "预算数"));
    }

    private static RowKey Functional(string code) => RowKey.Functional(FunctionalCode.Parse(code));

    private static RowKey Economic(string code) => RowKey.Economic(EconomicCode.Parse(code));

    private static void Restated(DisclosureBuilder b, string subject, string printed, CellAddress source)
        => b.Statement(new NarrativeStatement(StatementKind.Restatement, subject)
        {
            Source = source,
            Value = b.Value(printed),
            Text = "部门预算支出 737.86 万元 … 主要用于：" + subject + " " + printed + " 万元",
        });

    private static CompositionLine Composition(DisclosureBuilder b, string name, string amount, string share, string y2019, string y2020)
        => new(name, b.Value(amount), Percentage.Parse(share))
        {
            PriorYears = new[] { new YearAmount(2019, b.Value(y2019)), new YearAmount(2020, b.Value(y2020)) },
        };

    private static PerformanceIndicator Indicator(string level1, string level2, string level3, string target, string? basis = null)
        => new(level1, level2, level3, IndicatorValue.Parse(target)) { Basis = basis };

    private static CostItem Cost(DisclosureBuilder b, string activity, string amount) => new(activity, null, b.Value(amount));

    // 项目资金来源 block of 十三: only 合计, 1.一般公共预算财政拨款收入 and its 其中：申请当年预算拨款 carry a figure.
    private static NamedAmount[] Funding(DisclosureBuilder b, string amount) =>
    [
        new("合计", b.Value(amount)),
        new("1.一般公共预算财政拨款收入", b.Value(amount)),
        new("其中：申请当年预算拨款", b.Value(amount)),
        new("2.政府性基金预算财政拨款收入", null),
        new("其中：申请当年预算拨款", null),
        new("3.事业收入", null),
        new("4.上级补助收入", null),
        new("5.附属单位上缴收入", null),
        new("6.事业单位经营收入", null),
        new("7.其他收入", null),
        new("8.用事业基金弥补收支差额", null),
        new("9.上年结转", null),
        new("其中：使用上年度一般公共预算财政拨款结余结转", null),
        new("使用上年度政府性基金预算财政拨款结余结转", null),
    ];

    private sealed record ServiceLine(string Subject, string SubjectName, string Project, string Item, string Level1, string Level2, string Amount)
    {
        public string Key => Project + "/" + Item;
    }
}
