import { Spinner } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

export const LoadingState = ({ label }: { label?: string }) => {
  const { t } = useTranslation();
  return (
    <Spinner
      size="small"
      labelPosition="after"
      label={label ?? t('common:loading')}
      style={{ justifyContent: 'flex-start', padding: '8px 0' }}
    />
  );
};
