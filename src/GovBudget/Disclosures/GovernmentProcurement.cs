using GovBudget.Amounts;

namespace GovBudget.Disclosures;

/// <summary>政府采购 figures: total and split into 货物/工程/服务, and what was awarded to small and medium enterprises.</summary>
public sealed record GovernmentProcurement
{
    /// <summary>政府采购支出总额 / 预算合计.</summary>
    public ReportedValue? Total { get; init; }

    /// <summary>货物.</summary>
    public ReportedValue? Goods { get; init; }

    /// <summary>工程.</summary>
    public ReportedValue? Works { get; init; }

    /// <summary>服务.</summary>
    public ReportedValue? Services { get; init; }

    /// <summary>授予中小企业合同金额.</summary>
    public ReportedValue? AwardedToSmes { get; init; }

    /// <summary>占政府采购支出总额的比例, as printed.</summary>
    public Percentage? SmeShare { get; init; }

    /// <summary>其中授予小微企业合同金额.</summary>
    public ReportedValue? AwardedToSmallAndMicro { get; init; }

    /// <summary>占授予中小企业合同金额的比例 (small and micro share), as printed.</summary>
    public Percentage? SmallAndMicroShare { get; init; }
}
