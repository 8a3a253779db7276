using GovBudget.Amounts;

namespace GovBudget.Serialization.Json;

/// <summary>Figures reported beside the tables.</summary>
internal sealed class FiguresDto
{
    public ReportedValue? OperatingExpenses { get; init; }

    public ReportedValue? OperatingExpensesPriorYear { get; init; }

    public ProcurementDto? Procurement { get; init; }

    public List<NamedAmountDto>? PurchasedServices { get; init; }

    public AssetsDto? Assets { get; init; }

    public List<NamedCountDto>? ThreePublicCounts { get; init; }

    public List<NamedAmountDto>? Other { get; init; }
}

/// <summary>政府采购 figures.</summary>
internal sealed class ProcurementDto
{
    public ReportedValue? Total { get; init; }

    public ReportedValue? Goods { get; init; }

    public ReportedValue? Works { get; init; }

    public ReportedValue? Services { get; init; }

    public ReportedValue? AwardedToSmes { get; init; }

    public Percentage? SmeShare { get; init; }

    public ReportedValue? AwardedToSmallAndMicro { get; init; }

    public Percentage? SmallAndMicroShare { get; init; }
}

/// <summary>国有资产占有使用情况.</summary>
internal sealed class AssetsDto
{
    public long? Vehicles { get; init; }

    public List<NamedCountDto>? VehiclesByKind { get; init; }

    public List<NamedCountDto>? Other { get; init; }
}

/// <summary>A labelled figure.</summary>
internal sealed class NamedAmountDto
{
    public required string Name { get; init; }

    public ReportedValue? Value { get; init; }
}

/// <summary>A labelled count.</summary>
internal sealed class NamedCountDto
{
    public required string Name { get; init; }

    public required long Count { get; init; }

    public string? Unit { get; init; }
}

/// <summary>A figure of a year.</summary>
internal sealed class YearAmountDto
{
    public required int Year { get; init; }

    public ReportedValue? Value { get; init; }
}

/// <summary>A narrative statement.</summary>
internal sealed class StatementDto
{
    public required string Kind { get; init; }

    public required string Subject { get; init; }

    public CellAddressDto? Source { get; init; }

    public CellAddressDto? BaseSource { get; init; }

    public ReportedValue? Value { get; init; }

    public ReportedValue? Base { get; init; }

    public int? BaseYear { get; init; }

    public string? Basis { get; init; }

    public ReportedValue? OtherBase { get; init; }

    public ReportedValue? Difference { get; init; }

    public Percentage? Rate { get; init; }

    public string? Text { get; init; }

    public TextSpanDto? Span { get; init; }
}

/// <summary>Where a statement's sentence stands in the text.</summary>
internal sealed class TextSpanDto
{
    public required int Page { get; init; }

    public required int Line { get; init; }

    public required int Column { get; init; }

    public required int EndPage { get; init; }

    public required int EndLine { get; init; }

    public required int EndColumn { get; init; }
}

/// <summary>An earlier-year figure for a cell.</summary>
internal sealed class PriorFigureDto
{
    public required CellAddressDto Address { get; init; }

    public required int Year { get; init; }

    public required string Basis { get; init; }

    public required ReportedValue Value { get; init; }
}
