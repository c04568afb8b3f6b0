import { IssueContentPicker as IssueContentPicker_c98b68730540e0eb5fa307a93d07cb03 } from '../../../../src/components/admin/IssueContentPicker'
import { IssueEmailPanel as IssueEmailPanel_4693accc823e44ba724899ffce988ae6 } from '../../../../src/components/admin/IssueEmailPanel'
import { IssueSendStatus as IssueSendStatus_02a2dcde4e1fb002027325d801f19af6 } from '../../../../src/components/admin/IssueSendStatus'
import { IssueStatusField as IssueStatusField_86bf8df6170d4fba307738368ada7c3b } from '../../../../src/components/admin/IssueStatusField'
import { BrusselsDateCell as BrusselsDateCell_292feb0388c804de42844b9e7ee63f1a } from '../../../../src/components/admin/BrusselsDateCell'
import { DraftNextIssueButton as DraftNextIssueButton_72384079364f5d5b7546e0d5ab3cf465 } from '../../../../src/components/admin/DraftNextIssueButton'
import { DocumentTimestamps as DocumentTimestamps_51d6997debe614b9b87eb45082cdb774 } from '../../../../src/components/admin/DocumentTimestamps'
import { SubscriberGdprActions as SubscriberGdprActions_95fbd7c3c1c60b1b3529930cd1480c8b } from '../../../../src/components/admin/SubscriberGdprActions'
import { SubscribersImport as SubscribersImport_ebaccc91da330f8c93d04dc939f365cb } from '../../../../src/components/admin/SubscribersImport'
import { SendProgressPanel as SendProgressPanel_cc49a2085cad9bdd2dbd640c63665bc1 } from '../../../../src/components/admin/SendProgressPanel'
import { EditionWithdrawalActions as EditionWithdrawalActions_9bc2f1fa29a891f5e79759557c61a669 } from '../../../../src/components/admin/EditionWithdrawalActions'
import { ItalicTitleCell as ItalicTitleCell_936f35f4be32a7ba5eb536c1141133cc } from '../../../../src/components/admin/ItalicTitleCell'
import { PlainDocumentTitle as PlainDocumentTitle_18ba0800dc5793ad62b817b59b1bb908 } from '../../../../src/components/admin/PlainDocumentTitle'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FootnoteLabel as FootnoteLabel_36a7f1de0924826dad065598b36a77de } from '../../../../src/components/admin/FootnoteLabel'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SendMemberLinkButton as SendMemberLinkButton_8447ad0f10b56c2200f253ce26535669 } from '../../../../src/components/admin/SendMemberLinkButton'
import { Icon as Icon_b04c0db8d89d68ff5dd20d513b3034b9 } from '../../../../src/components/admin/Icon'
import { Logo as Logo_4522c7900ab0b0df414ce3e1574aaee4 } from '../../../../src/components/admin/Logo'
import { Dashboard as Dashboard_026e3a3f277e8075edcdbe309e80d973 } from '../../../../src/components/admin/Dashboard'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/components/admin/IssueContentPicker#IssueContentPicker": IssueContentPicker_c98b68730540e0eb5fa307a93d07cb03,
  "/src/components/admin/IssueEmailPanel#IssueEmailPanel": IssueEmailPanel_4693accc823e44ba724899ffce988ae6,
  "/src/components/admin/IssueSendStatus#IssueSendStatus": IssueSendStatus_02a2dcde4e1fb002027325d801f19af6,
  "/src/components/admin/IssueStatusField#IssueStatusField": IssueStatusField_86bf8df6170d4fba307738368ada7c3b,
  "/src/components/admin/BrusselsDateCell#BrusselsDateCell": BrusselsDateCell_292feb0388c804de42844b9e7ee63f1a,
  "/src/components/admin/DraftNextIssueButton#DraftNextIssueButton": DraftNextIssueButton_72384079364f5d5b7546e0d5ab3cf465,
  "/src/components/admin/DocumentTimestamps#DocumentTimestamps": DocumentTimestamps_51d6997debe614b9b87eb45082cdb774,
  "/src/components/admin/SubscriberGdprActions#SubscriberGdprActions": SubscriberGdprActions_95fbd7c3c1c60b1b3529930cd1480c8b,
  "/src/components/admin/SubscribersImport#SubscribersImport": SubscribersImport_ebaccc91da330f8c93d04dc939f365cb,
  "/src/components/admin/SendProgressPanel#SendProgressPanel": SendProgressPanel_cc49a2085cad9bdd2dbd640c63665bc1,
  "/src/components/admin/EditionWithdrawalActions#EditionWithdrawalActions": EditionWithdrawalActions_9bc2f1fa29a891f5e79759557c61a669,
  "/src/components/admin/ItalicTitleCell#ItalicTitleCell": ItalicTitleCell_936f35f4be32a7ba5eb536c1141133cc,
  "/src/components/admin/PlainDocumentTitle#PlainDocumentTitle": PlainDocumentTitle_18ba0800dc5793ad62b817b59b1bb908,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/components/admin/FootnoteLabel#FootnoteLabel": FootnoteLabel_36a7f1de0924826dad065598b36a77de,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/components/admin/SendMemberLinkButton#SendMemberLinkButton": SendMemberLinkButton_8447ad0f10b56c2200f253ce26535669,
  "/src/components/admin/Icon#Icon": Icon_b04c0db8d89d68ff5dd20d513b3034b9,
  "/src/components/admin/Logo#Logo": Logo_4522c7900ab0b0df414ce3e1574aaee4,
  "/src/components/admin/Dashboard#Dashboard": Dashboard_026e3a3f277e8075edcdbe309e80d973,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
