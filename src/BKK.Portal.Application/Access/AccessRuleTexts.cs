namespace BKK.Portal.Application.Access;

/// <summary>The messages of the fullmakt rules: the form's validation and the refusals of a grant.</summary>
public sealed class AccessRuleTexts;
