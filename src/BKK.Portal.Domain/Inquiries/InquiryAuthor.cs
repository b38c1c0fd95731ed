namespace BKK.Portal.Domain.Inquiries;

public enum InquiryAuthor
{
    Customer = 1,
    CustomerService = 2,
}
