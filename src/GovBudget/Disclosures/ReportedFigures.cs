using GovBudget.Amounts;
using GovBudget.Collections;

namespace GovBudget.Disclosures;

/// <summary>The figures a disclosure reports beside its tables (其他重要事项的情况说明).</summary>
public sealed record ReportedFigures
{
    /// <summary>An empty set of figures.</summary>
    public static ReportedFigures None { get; } = new();

    /// <summary>机关运行经费.</summary>
    public ReportedValue? OperatingExpenses { get; init; }

    /// <summary>机关运行经费 of the previous year, where stated.</summary>
    public ReportedValue? OperatingExpensesPriorYear { get; init; }

    /// <summary>政府采购.</summary>
    public GovernmentProcurement? Procurement { get; init; }

    /// <summary>政府购买服务: 合计 first, then each category (公共服务, 政府履职辅助性服务 …).</summary>
    public EquatableArray<NamedAmount> PurchasedServices { get; init; }

    /// <summary>国有资产占有使用情况.</summary>
    public AssetHoldings? Assets { get; init; }

    /// <summary>"三公" details in counts (出国团组, 人次, 购置车辆, 保有量, 接待批次 …).</summary>
    public EquatableArray<NamedCount> ThreePublicCounts { get; init; }

    /// <summary>Other labelled figures stated in the text.</summary>
    public EquatableArray<NamedAmount> Other { get; init; }
}
