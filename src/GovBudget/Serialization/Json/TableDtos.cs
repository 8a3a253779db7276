using System.Text.Json.Serialization;
using GovBudget.Amounts;
using GovBudget.Classification;
using GovBudget.Tables;

namespace GovBudget.Serialization.Json;

/// <summary>
/// A table: <c>kind</c> names a built-in table kind by id, or <c>definition</c> carries a custom kind inline (exactly
/// one of the two). Rows hold one cell per column in column order: <c>null</c> for an empty cell, the printed number
/// at the table precision (<c>"1002.76"</c>, <c>"0.00"</c>) in amount columns, the text in text columns.
/// </summary>
internal sealed class TableDto
{
    public string? TableSet { get; init; }

    public string? Kind { get; init; }

    public TableDefinitionDto? Definition { get; init; }

    public List<string>? PrintedColumns { get; init; }

    [JsonConverter(typeof(PrecisionJsonConverter))]
    public required Precision Precision { get; init; }

    public string? Remark { get; init; }

    public string? IncompleteReason { get; init; }

    public List<RowDto>? Rows { get; init; }
}

/// <summary>A table row.</summary>
internal sealed class RowDto
{
    public required RowKey Key { get; init; }

    public string? Label { get; init; }

    public RowKey? Parent { get; init; }

    [JsonConverter(typeof(CellsJsonConverter))]
    public required List<string?> Cells { get; init; }
}

/// <summary>A custom table kind, written inline.</summary>
internal sealed class TableDefinitionDto
{
    public required string Id { get; init; }

    public required string NameZh { get; init; }

    public required string NameEn { get; init; }

    public required string Disclosure { get; init; }

    public required List<string> RowKinds { get; init; }

    public required List<ColumnDto> Columns { get; init; }

    public List<LineDto>? Lines { get; init; }

    public List<string>? PrintedFormulas { get; init; }
}

/// <summary>A column of a custom table kind.</summary>
internal sealed class ColumnDto
{
    public required string Id { get; init; }

    public required string NameZh { get; init; }

    public required string NameEn { get; init; }

    public int? Number { get; init; }

    public required string Kind { get; init; }

    public string? Group { get; init; }
}

/// <summary>A fixed line of a custom table kind.</summary>
internal sealed class LineDto
{
    public required RowKey Key { get; init; }

    public required string Label { get; init; }

    public FunctionalCode? Subject { get; init; }

    public string? Side { get; init; }
}

/// <summary>The address of a cell.</summary>
internal sealed class CellAddressDto
{
    public required string Table { get; init; }

    public required RowKey Row { get; init; }

    public required string Column { get; init; }
}
