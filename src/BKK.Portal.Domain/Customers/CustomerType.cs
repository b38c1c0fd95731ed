namespace BKK.Portal.Domain.Customers;

public enum CustomerType
{
    Private = 1,
    Business = 2,
}
