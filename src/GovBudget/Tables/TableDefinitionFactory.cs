using GovBudget.Classification;
using GovBudget.Collections;

namespace GovBudget.Tables;

/// <summary>Short-hand used by the built-in table catalogues to declare columns and lines.</summary>
internal static class TableDefinitionFactory
{
    public static ColumnDefinition Col(string id, string nameEn, int? number = null, string? group = null, string? nameZh = null)
        => new(id, nameZh ?? id, nameEn, number, ColumnKind.Amount, group);

    public static ColumnDefinition TextCol(string id, string nameEn)
        => new(id, id, nameEn, null, ColumnKind.Text);

    public static LineDefinition Item(string name, string side) => new(RowKey.Item(name), name, null, side);

    public static LineDefinition Line(int number, string label, string side, int? subject = null)
        => new(RowKey.Line(number), label, subject is { } s ? FunctionalCode.FromValue(s) : null, side);

    public static EquatableArray<RowKeyKind> Kinds(params RowKeyKind[] kinds) => kinds;

    public static EquatableArray<T> List<T>(params T[] items) => items;
}
