namespace GovBudget.Rules.Families;

/// <summary>What a <see cref="FigureRule"/> checks among the figures reported beside the tables.</summary>
public enum FigureCheck
{
    /// <summary>政府采购: 货物 + 工程 + 服务 = 总额.</summary>
    ProcurementSum = 0,

    /// <summary>政府采购: 授予中小企业 ≤ 总额, 小微企业 ≤ 中小企业, and the printed shares.</summary>
    ProcurementSmes = 1,

    /// <summary>政府购买服务: 合计 = Σ categories.</summary>
    PurchasedServicesSum = 2,

    /// <summary>机关运行经费 = 公用经费 of the 一般公共预算 基本支出 (行政/参公 units only).</summary>
    OperatingExpenses = 3,

    /// <summary>国有资产: vehicles = Σ vehicles by kind.</summary>
    Vehicles = 4,
}
