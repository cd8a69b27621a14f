export {
  dangerButton,
  inputClass,
  labelClass,
  primaryButton,
  secondaryButton,
  smallPrimaryButton,
} from "@/components/ui/form-styles";
export { useActionForm as useAdminForm } from "@/components/ui/use-action-form";
