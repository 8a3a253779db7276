using System.Text.Json.Serialization;

namespace GovBudget.Serialization.Json;

/// <summary>
/// The source-generated (trim- and AOT-safe) metadata for the wire shape. Extension point: a later wire part (for
/// example a validation report from <c>GovBudget.Rules</c>) is added as a new DTO, registered here with
/// <see cref="JsonSerializableAttribute"/>, and referenced from <see cref="DisclosureDto"/> as an optional property.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(DisclosureDto))]
[JsonSerializable(typeof(TableDto))]
internal sealed partial class DisclosureJsonContext : JsonSerializerContext;
