using System.Text.Json.Serialization;
using GovBudget.Amounts;

namespace GovBudget.Serialization.Json;

// The wire shape of the JSON format (schemaVersion 1); see docs/json-format.md and docs/disclosure.schema.json.
// These types are internal and mapped to and from the model by DisclosureJsonMapper. Properties are camelCase on the
// wire, written in declaration order; null properties are omitted; absent lists mean empty lists.

/// <summary>The root object of a disclosure document.</summary>
internal sealed class DisclosureDto
{
    public required int SchemaVersion { get; init; }

    public required string Kind { get; init; }

    public string? TableSet { get; init; }

    public required int Year { get; init; }

    public required int CatalogEdition { get; init; }

    [JsonConverter(typeof(PrecisionJsonConverter))]
    public required Precision Precision { get; init; }

    public string? Layout { get; init; }

    public required DepartmentDto Department { get; init; }

    public List<TableDto>? Tables { get; init; }

    public FiguresDto? Figures { get; init; }

    public List<StatementDto>? Statements { get; init; }

    public List<PriorFigureDto>? PriorFigures { get; init; }

    public OverallGoalDto? OverallGoal { get; init; }

    public List<ProjectGoalDto>? ProjectGoals { get; init; }

    public List<SelfEvaluationDto>? SelfEvaluations { get; init; }
}

/// <summary>The department and its units.</summary>
internal sealed class DepartmentDto
{
    public string? Code { get; init; }

    public required string Name { get; init; }

    public List<UnitDto>? Units { get; init; }
}

/// <summary>A budget unit.</summary>
internal sealed class UnitDto
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public string? Kind { get; init; }
}
