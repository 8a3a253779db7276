using GovBudget.Collections;

namespace GovBudget.Disclosures;

/// <summary>国有资产占有使用情况: vehicle counts and other holdings as reported.</summary>
public sealed record AssetHoldings
{
    /// <summary>车辆 in total.</summary>
    public long? Vehicles { get; init; }

    /// <summary>Vehicles by kind (机要通信用车, 应急保障用车 …).</summary>
    public EquatableArray<NamedCount> VehiclesByKind { get; init; }

    /// <summary>Other reported holdings (单位价值 50 万元以上通用设备 …).</summary>
    public EquatableArray<NamedCount> Other { get; init; }
}
