import { footnoteRuns, runsToText } from '@/domain/newsletter/richText'

const links = (runs: ReturnType<typeof footnoteRuns>) =>
  runs.flatMap((run) => (run.kind === 'text' && run.href ? [[run.text, run.href]] : []))

describe('footnoteRuns', () => {
  it('should write the link of « www.unipso.be < Conférences » once, on the address it prints', () => {
    const runs = footnoteRuns({ note: 'www.unipso.be < Conférences', url: 'http://www.unipso.be' })
    expect([links(runs), runsToText(runs)]).toEqual([
      [['www.unipso.be', 'http://www.unipso.be']],
      'http://www.unipso.be < Conférences',
    ])
  })

  it('should make a note that is an address a link to it (UCLouvain, DGO6)', () => {
    const url = 'https://recherche-technologie.wallonie.be/fr/menu/ressources/index.html'
    const runs = footnoteRuns({ note: url, url })
    expect([links(runs), runsToText(runs)]).toEqual([[[url, url]], url])
  })

  it('should link an address written in a note that has no link of its own', () => {
    const runs = footnoteRuns({ note: 'Voir https://www.uriopss-hdf.fr, ou www.unipso.be.' })
    expect(links(runs)).toEqual([
      ['https://www.uriopss-hdf.fr', 'https://www.uriopss-hdf.fr'],
      ['www.unipso.be', 'https://www.unipso.be'],
    ])
  })

  it('should link the whole note when it does not print its address', () => {
    const runs = footnoteRuns({ note: 'Union nationale', url: 'https://www.uniopss.asso.fr' })
    expect(links(runs)).toEqual([['Union nationale', 'https://www.uniopss.asso.fr']])
  })

  it('should keep a note without any address as plain text', () => {
    const runs = footnoteRuns({ note: 'Union nationale interfédérale' })
    expect([links(runs), runsToText(runs)]).toEqual([[], 'Union nationale interfédérale'])
  })
})
