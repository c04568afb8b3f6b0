import { eventContacts, phoneHref } from '@/domain/newsletter/contacts'

describe('phoneHref', () => {
  it('should dial Belgian numbers as written in the newsletter in international form', () => {
    expect([
      phoneHref('081/24.90.22'),
      phoneHref('02/210.53.01'),
      phoneHref('+32 2 210 53 00'),
      phoneHref('0033 1 23 45 67 89'),
      phoneHref('à demander'),
      phoneHref(null),
    ]).toEqual([
      'tel:+3281249022',
      'tel:+3222105301',
      'tel:+3222105300',
      'tel:+33123456789',
      null,
      null,
    ])
  })
})

describe('eventContacts', () => {
  it('should give staff their address and first number, then outside contacts', () => {
    expect(
      eventContacts({
        contacts: [
          {
            name: 'Geoffrey Morbois',
            email: 'geoffrey.morbois@unipso.be',
            phones: [{ number: '081/24.90.31' }, { number: '02/210.53.00' }],
          },
        ],
        externalContacts: [{ name: 'Catherine Bolly', email: ' ', phone: '0470/12.34.56' }],
      }),
    ).toEqual([
      {
        name: 'Geoffrey Morbois',
        email: 'geoffrey.morbois@unipso.be',
        phone: '081/24.90.31',
        tel: 'tel:+3281249031',
      },
      { name: 'Catherine Bolly', email: null, phone: '0470/12.34.56', tel: 'tel:+32470123456' },
    ])
  })
})
